//! Any bytes as a story file: the check returns a story or located errors, and never panics,
//! hangs or allocates without bound. A story that passes is also laid out as the page would.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[global_allocator]
static ALLOCATOR: launchmap_fuzz::CappedAllocator = launchmap_fuzz::CappedAllocator;

fuzz_target!(|bytes: &[u8]| {
    match launchmap::check_story("fuzz.json", bytes) {
        Ok(checked) => {
            let _ = launchmap::story_scene(&checked, None, None, 500.0);
            let _ = launchmap::event_entries(&checked);
            let _ = launchmap::fact_rows(&checked, &[], &[]);
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in errors {
                assert!(!e.to_string().is_empty());
            }
        }
    }
});
