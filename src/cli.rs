//! `launchmap check <story.json>...`: the story check, from the command line.
//!
//! Exit codes: 0 when every file is clean, 1 when any file has errors, 2 for a usage error.

use std::io::Write;

use crate::export::facts_table::facts_csv;
use crate::story::check::check_story;

const USAGE: &str = "usage: launchmap check <story.json>...\n\
       launchmap facts <story.json> [--basemap <basemap.bin>]\n\
check: checks story files and lists every error with its file, line and column or JSON path.\n\
facts: writes every number the page shows for the story, with its source or method, as CSV.\n\
       The basemap (default assets/basemap.bin) gives the distances to Japan's coast.";

/// Runs the command line `args` (without the program name), writing to `out` and `err`.
///
/// ```
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let code = launchmap::run_cli(&["check".into(), "stories/nk-srbm-2024.json".into()], &mut out, &mut err);
/// assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
/// ```
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match args.split_first() {
        Some((command, files)) if command == "check" && !files.is_empty() => check_files(files, out, err),
        Some((command, rest)) if command == "facts" => match rest {
            [file] => facts(file, "assets/basemap.bin", out, err),
            [file, flag, basemap] if flag == "--basemap" => facts(file, basemap, out, err),
            _ => {
                let _ = writeln!(err, "{USAGE}");
                2
            }
        },
        Some((flag, _)) if flag == "--help" || flag == "-h" => {
            let _ = writeln!(out, "{USAGE}");
            0
        }
        _ => {
            let _ = writeln!(err, "{USAGE}");
            2
        }
    }
}

fn facts(file: &str, basemap_path: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let read = |path: &str| std::fs::read(path).map_err(|e| format!("{path}: cannot read the file: {e}"));
    let result = read(file).and_then(|story| {
        let basemap =
            read(basemap_path).map_err(|e| format!("{e}; name the basemap with --basemap <file>"))?;
        facts_csv(file, &story, basemap_path, &basemap).map_err(|e| e.to_string())
    });
    match result.map(|csv| out.write_all(csv.as_bytes())) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => {
            let _ = writeln!(err, "cannot write the table: {e}");
            1
        }
        Err(message) => {
            let _ = writeln!(err, "{message}");
            1
        }
    }
}

fn check_files(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut failed = false;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                let _ = writeln!(err, "{file}: cannot read the file: {e}");
                failed = true;
                continue;
            }
        };
        match check_story(file, &bytes) {
            Ok(checked) => {
                let s = &checked.story;
                let _ = writeln!(
                    out,
                    "ok {file}: {} events, {} places, {} sources, {} figures",
                    s.events.len(),
                    s.places.len(),
                    s.sources.len(),
                    s.events.iter().map(|e| e.figures.len()).sum::<usize>()
                );
            }
            Err(errors) => {
                failed = true;
                for e in &errors {
                    let _ = writeln!(err, "{e}");
                }
                let plural = if errors.len() == 1 { "error" } else { "errors" };
                let _ = writeln!(err, "{file}: {} {plural}", errors.len());
            }
        }
    }
    i32::from(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &[&str]) -> (i32, String, String) {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, &mut out, &mut err);
        (
            code,
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
        )
    }

    #[test]
    fn default_story_checks_clean() {
        let (code, out, _) = run_args(&["check", "stories/nk-srbm-2024.json"]);
        assert_eq!(code, 0);
        assert_eq!(
            out,
            "ok stories/nk-srbm-2024.json: 6 events, 11 places, 27 sources, 19 figures\n"
        );
    }

    #[test]
    fn missing_file_fails_with_its_name() {
        let (code, _, err) = run_args(&["check", "no/such/story.json"]);
        assert_eq!(code, 1);
        assert!(
            err.starts_with("no/such/story.json: cannot read the file"),
            "{err}"
        );
    }

    #[test]
    fn no_arguments_is_a_usage_error() {
        assert_eq!(run_args(&[]).0, 2);
        assert_eq!(run_args(&["check"]).0, 2);
        assert_eq!(run_args(&["--help"]).0, 0);
    }
}
