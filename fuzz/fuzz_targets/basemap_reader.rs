//! Any bytes as a basemap file: the reader returns a basemap or a located error, and never
//! panics, hangs or allocates without bound. A basemap that reads is also decoded.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[global_allocator]
static ALLOCATOR: launchmap_fuzz::CappedAllocator = launchmap_fuzz::CappedAllocator;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(asset) = launchmap::BasemapAsset::parse("fuzz.bin", bytes) {
        let _ = asset.decode();
    }
});
