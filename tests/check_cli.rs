//! `launchmap check` on every broken story under tests/broken, on the default story, and on
//! hostile inputs: each broken file exits 1 with its located message, nothing panics.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn check(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_launchmap"))
        .arg("check")
        .arg(path)
        .output()
        .expect("the launchmap binary runs")
}

fn broken_stories() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut stories: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .expect("tests/broken exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let expect = std::fs::read_to_string(p.with_extension("expect"))
                .expect("every broken story has a .expect");
            (p, expect.trim_end().to_owned())
        })
        .collect();
    stories.sort();
    stories
}

/// A message is located when it names `file:line:column` or `file: json.path:`.
fn is_located(message: &str, file: &str) -> bool {
    let Some(rest) = message.strip_prefix(file) else {
        return false;
    };
    let line_col = rest
        .strip_prefix(':')
        .and_then(|r| r.split_once(':'))
        .is_some_and(|(line, r)| {
            line.parse::<usize>().is_ok()
                && r.split_once(':')
                    .is_some_and(|(col, _)| col.parse::<usize>().is_ok())
        });
    let path = rest
        .strip_prefix(": ")
        .is_some_and(|r| r.split_once(": ").is_some_and(|(p, _)| !p.contains(' ')));
    line_col || path
}

#[test]
fn at_least_twelve_broken_stories_each_fail_with_their_located_message() {
    let stories = broken_stories();
    assert!(stories.len() >= 12, "only {} broken stories", stories.len());
    for (path, expected) in stories {
        let out = check(&path);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", path.display());
        assert!(
            stderr.contains(&expected),
            "{}: expected {expected:?} in {stderr}",
            path.display()
        );
        let file = path.to_string_lossy();
        let first = stderr.lines().next().unwrap_or_default();
        assert!(is_located(first, &file), "not located: {first}");
    }
}

#[test]
fn default_story_exits_zero() {
    let out = check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("stories/nk-srbm-2024.json"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("6 events, 11 places"));
}

#[test]
fn fifty_megabyte_file_exits_one_without_panicking() {
    let dir = std::env::temp_dir().join(format!("launchmap-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.json");
    // A story whose summary is 50 MB of text: refused by its size, before it is parsed.
    let mut big = String::with_capacity(50 * 1024 * 1024 + 100);
    big.push_str("{\"title\": \"t\", \"summary\": \"");
    big.push_str(&"a".repeat(50 * 1024 * 1024));
    big.push_str("\"}");
    std::fs::write(&path, big).unwrap();
    let out = check(&path);
    std::fs::remove_dir_all(&dir).ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("more than the 1,000,000 allowed"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn usage_error_exits_two() {
    let out = Command::new(env!("CARGO_BIN_EXE_launchmap")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("launchmap check <story.json>"));
}
