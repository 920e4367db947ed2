//! No view holds user-facing text of its own: in the app's views (pages,
//! components, the app's frame), every text node of a `view!` and every
//! text attribute or text property (aria-label, title, placeholder, alt,
//! and the components' message, label, hint, heading props) comes from the
//! catalogues. Code that is not a view (tests, logs) is not read.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The string literal starting at `bytes[start]` (a `"`): its text and the
/// index after it.
fn literal(s: &str, start: usize) -> Option<(&str, usize)> {
    let bytes = s.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some((&s[start + 1..i], i + 1)),
            _ => i += 1,
        }
    }
    None
}

fn has_words(text: &str) -> bool {
    // A letter that is not part of an escape like \u{2026}.
    let cleaned: String = text.split("\\u{").map(|part| part.split_once('}').map_or(part, |(_, rest)| rest)).collect();
    cleaned.chars().any(char::is_alphabetic)
}

const TEXT_PROPS: [&str; 11] =
    ["aria-label", "title", "placeholder", "alt", "message", "label", "hint", "heading", "caption", "summary", "text"];

/// Literal texts in `code`'s views: text nodes (`>"…"`, `"…"<`) and text
/// props (`title="…"`).
fn literal_texts(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Comments.
        if code[i..].starts_with("//") {
            i += code[i..].find('\n').unwrap_or(code.len() - i);
            continue;
        }
        if bytes[i] == b'\'' && i + 2 < bytes.len() && (bytes[i + 2] == b'\'' || bytes[i + 1] == b'\\') {
            // A char literal such as '"'.
            i += code[i + 1..].find('\'').map_or(1, |n| n + 2);
            continue;
        }
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        let raw = i > 0 && bytes[i - 1] == b'#';
        let Some((text, end)) = literal(code, i) else { break };
        if !raw && has_words(text) {
            let before = code[..i].trim_end();
            let after = code[end..].trim_start();
            let node =
                before.ends_with('>') && !before.ends_with("=>") && !before.ends_with("->") || after.starts_with("</");
            let prop = TEXT_PROPS.iter().any(|p| before.ends_with(&format!("{p}=")));
            if node || prop {
                found.push(text.to_owned());
            }
        }
        i = end;
    }
    found
}

#[test]
fn views_hold_no_literal_text() {
    let mut files = Vec::new();
    for dir in ["src/pages", "src/components"] {
        rust_files(&root().join(dir), &mut files);
    }
    for f in ["src/lib.rs", "src/parts.rs", "src/host/crash.rs"] {
        files.push(root().join(f));
    }
    let mut offenders = Vec::new();
    for f in &files {
        let code = std::fs::read_to_string(f).unwrap();
        for text in literal_texts(&code) {
            offenders.push(format!("{}: {text:?}", f.strip_prefix(root()).unwrap_or(f).display()));
        }
    }
    assert!(offenders.is_empty(), "texts written in views instead of the catalogues:\n{}", offenders.join("\n"));
}

#[test]
fn the_scanner_finds_text_nodes_and_props() {
    let code = r#"view! { <p class="cpor-body">"Hello there"</p> <button aria-label="Close">{tr!(X)}</button> <i class="a b"></i> }"#;
    assert_eq!(literal_texts(code), ["Hello there", "Close"]);
    assert!(literal_texts(r#"view! { <p>"\u{2026}"</p> <a href="/x">{t}</a> }"#).is_empty());
}
