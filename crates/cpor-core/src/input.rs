//! Tolerant clean-up of pasted input: what a partner copies from an admin
//! centre, an email or a spreadsheet often carries quotes, braces and
//! invisible characters around the value.

use cpor_i18n::{msg, Text};

/// Characters that are invisible or are spaces, which copy and paste brings
/// along: Unicode white space plus zero-width characters and the BOM.
pub(crate) fn is_invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Pairs of wrapping characters that are removed from both ends.
const WRAPPERS: [(char, char); 7] =
    [('"', '"'), ('\'', '\''), ('\u{201C}', '\u{201D}'), ('\u{2018}', '\u{2019}'), ('<', '>'), ('(', ')'), ('`', '`')];

/// Trims invisible characters and removes matching wrappers (quotes, angle
/// brackets, parentheses, backticks) from both ends, repeatedly.
pub(crate) fn unwrap(raw: &str) -> &str {
    let mut s = raw.trim_matches(is_invisible);
    loop {
        let mut changed = false;
        for (open, close) in WRAPPERS {
            if let Some(inner) = s.strip_prefix(open).and_then(|x| x.strip_suffix(close)) {
                s = inner.trim_matches(is_invisible);
                changed = true;
            }
        }
        if !changed {
            return s;
        }
    }
}

/// How a character is named in a message: printable characters as
/// themselves in quotes, invisible or control ones by their code point.
pub(crate) fn describe_char(c: char) -> Text {
    if c.is_control() || is_invisible(c) {
        Text::new(msg::CHAR_INVISIBLE, [format!("{:04X}", c as u32).into()])
    } else {
        Text::new(msg::CHAR_VISIBLE, [c.into()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwrap_removes_nested_wrappers_and_invisible_characters() {
        assert_eq!(unwrap("  \"abc\"  "), "abc");
        assert_eq!(unwrap("\u{FEFF}\u{201C} 'abc' \u{201D}\u{200B}"), "abc");
        assert_eq!(unwrap("<abc>"), "abc");
        assert_eq!(unwrap("\"abc"), "\"abc");
        assert_eq!(unwrap(""), "");
        assert_eq!(unwrap("\"\""), "");
    }

    #[test]
    fn describe_char_names_invisible_characters() {
        assert_eq!(describe_char('g').to_string(), "\u{201C}g\u{201D}");
        assert_eq!(describe_char('\u{7}').to_string(), "the invisible character U+0007");
    }
}
