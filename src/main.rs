//! In the browser: mounts the app (`assets/embed.js` tells an embedding page its height). Natively: the command
//! line (`launchmap check <story.json>`, `launchmap facts <story.json>`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // No panic hook: console_error_panic_hook costs the page 1.2 KB gzip, and input never
        // panics (errors are typed and shown in the page; the story check is fuzzed).
        leptos::mount::mount_to_body(launchmap::App);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let code = launchmap::run_cli(&args, &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }
}
