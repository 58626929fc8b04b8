//! The layers the compiler cannot see on its own: no module of `src/` imports another that
//! imports it back (no circles, however long), each folder imports only the layers below its
//! own (README, "How the code is laid out"), and `platform/` imports nothing of the crate.
//! Read from the source: a module's imports are the `crate::` and `super::` paths it names
//! outside its tests.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every module of the library (`a::b` for `src/a/b.rs` or `src/a/b/mod.rs`), with its source
/// up to its tests.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).expect("src/ reads") {
            let path = entry.expect("an entry of src/").path();
            if path.is_dir() {
                if !path.ends_with("bin") {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix("src").expect("under src/").with_extension("");
                let name = rel.to_string_lossy().replace('/', "::").replace("::mod", "");
                if name == "main" {
                    continue;
                }
                let name = if name == "lib" { String::new() } else { name };
                let text = fs::read_to_string(&path).expect("a source file reads");
                let body = text.split("#[cfg(test)]").next().unwrap_or_default().to_owned();
                out.insert(name, body);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

/// The module a path's segments name: the longest prefix that is a module.
fn resolve(modules: &BTreeMap<String, String>, segments: &[&str]) -> String {
    (1..=segments.len())
        .rev()
        .map(|k| segments[..k].join("::"))
        .find(|m| modules.contains_key(m))
        .unwrap_or_default()
}

/// Each module's imports, as module names.
fn imports(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph = BTreeMap::new();
    for (name, body) in modules {
        let parent: Vec<&str> = name
            .rsplit_once("::")
            .map_or(vec![], |(p, _)| p.split("::").collect());
        let mut out = BTreeSet::new();
        for line in body.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
            for (prefix, base) in [("crate::", vec![]), ("super::", parent.clone())] {
                for (i, _) in line.match_indices(prefix) {
                    let rest = &line[i + prefix.len()..];
                    let segments: Vec<&str> = rest
                        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                        .next()
                        .unwrap_or_default()
                        .split("::")
                        .filter(|s| s.starts_with(|c: char| c.is_ascii_lowercase()))
                        .collect();
                    // `super::` in a mod.rs is used only inside its inline modules: the file itself.
                    let is_folder_root = modules.contains_key(name) && prefix == "super::" && is_mod_rs(name);
                    let target = if is_folder_root {
                        name.clone()
                    } else {
                        let full: Vec<&str> = base.iter().copied().chain(segments).collect();
                        resolve(modules, &full)
                    };
                    if &target != name {
                        out.insert(target);
                    }
                }
            }
        }
        graph.insert(name.clone(), out);
    }
    graph
}

fn is_mod_rs(name: &str) -> bool {
    let path = format!("src/{}/mod.rs", name.replace("::", "/"));
    Path::new(&path).exists()
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = imports(&modules());
    // Depth-first search from every module; a path that comes back to a module on it is a circle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            return Some(path[at..].to_vec());
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_owned());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(m.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        let circle = visit(m, &graph, &mut vec![], &mut done);
        assert_eq!(circle, None, "an import circle: {circle:?}");
    }
}

/// The layers, bottom up, as README draws them. A folder (or a file at the root of `src/`) may
/// import its own modules and those of a lower layer, never one beside or above it; so no two
/// folders import each other, even through others. (`lib.rs` is the index and `testing` the
/// tests' fixtures: they may import anything, and nothing but tests imports them.)
const LAYERS: [&[&str]; 11] = [
    &["platform"],
    &["text"],
    &["earth"],
    &["story"],
    &["event"],
    &["map", "chart"],
    &["view_state"],
    &["share_link"],
    &["export"],
    &["ui"],
    // The command line draws the page ahead of time with the components (`launchmap prerender`).
    &["cli"],
];

fn layer_of(module: &str) -> Option<usize> {
    let top = module.split("::").next().unwrap_or_default();
    LAYERS.iter().position(|layer| layer.contains(&top))
}

#[test]
fn each_folder_imports_only_the_layers_below_it() {
    let graph = imports(&modules());
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        if from.is_empty() || from == "testing" {
            continue;
        }
        let from_layer = layer_of(from).unwrap_or_else(|| panic!("{from} is in no layer of LAYERS"));
        for to in targets {
            let same_folder = from.split("::").next() == to.split("::").next();
            if same_folder || to.is_empty() {
                continue;
            }
            match layer_of(to) {
                Some(l) if l < from_layer => {}
                _ => wrong.push(format!("{from} imports {to}")),
            }
        }
    }
    assert!(wrong.is_empty(), "imports that go sideways or up: {wrong:#?}");
}

#[test]
fn platform_imports_nothing_of_the_crate() {
    for (name, body) in modules().iter().filter(|(n, _)| n.starts_with("platform")) {
        assert!(
            !body.contains("crate::"),
            "{name} imports from the crate above it"
        );
    }
}

#[test]
fn the_checker_reads_imports_by_crate_and_super_paths() {
    // The graph it reads: the scene imports the marks, and the marks import nothing of the map.
    let graph = imports(&modules());
    assert!(graph["map::scene"].contains("map::marks"));
    assert!(!graph["map::marks"].iter().any(|m| m == "map::scene"));
    assert!(graph["ui::app"].contains("ui::basemap_load"));
}
