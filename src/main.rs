//! In the browser: a panic hook, then the app. Natively: `launchmap check <story.json>`.
fn main() {
    launchmap::platform::start();
}
