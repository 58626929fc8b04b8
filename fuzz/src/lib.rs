//! What both fuzz targets share: an allocator that turns any single allocation over 256 MB into
//! a crash, so that the fuzzer reports it as it reports a panic.

use std::alloc::{GlobalAlloc, Layout, System};

/// The largest allocation a story or a basemap may cause, in bytes.
pub const MAX_ALLOCATION_BYTES: usize = 256 * 1024 * 1024;

/// The system allocator, refusing anything over [`MAX_ALLOCATION_BYTES`] by aborting.
pub struct CappedAllocator;

unsafe impl GlobalAlloc for CappedAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() > MAX_ALLOCATION_BYTES {
            // Not a panic: a panic allocates, and this is inside the allocator.
            eprintln!("allocation of {} bytes is over the 256 MB cap", layout.size());
            std::process::abort();
        }
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > MAX_ALLOCATION_BYTES {
            eprintln!("reallocation to {new_size} bytes is over the 256 MB cap");
            std::process::abort();
        }
        System.realloc(ptr, layout, new_size)
    }
}
