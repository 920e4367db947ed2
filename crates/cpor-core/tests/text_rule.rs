//! Property tests of the one text rule (`cpor_core::text`): whatever is
//! typed or pasted, an accepted text holds no control, bidirectional or
//! hiding character, is trimmed, within its length, and accepting it again
//! changes nothing; a refused character is refused wherever it sits, with
//! its own code. Run with and without the platform's NFC installed.

use cpor_core::text::{note, nouns, ClaimName, PersonName, MAX_NOTE_CHARS};
use cpor_core::ErrorCode;
use proptest::prelude::*;

const BIDI: [char; 12] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    '\u{200E}', '\u{200F}', '\u{061C}',
];
const HIDING: [char; 6] = ['\u{200B}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{180E}', '\u{E0041}'];

fn clean(text: &str, line_breaks: bool) -> bool {
    text.chars().all(|c| {
        !(c.is_control() && !(line_breaks && matches!(c, '\n' | '\t'))) && !BIDI.contains(&c) && !HIDING.contains(&c)
    }) && text.trim() == text
}

/// Texts that mix ordinary characters with every kind the rule refuses or
/// treats specially (controls, line breaks, joiners, combining marks).
fn mixed() -> impl Strategy<Value = String> {
    let special: Vec<char> = BIDI
        .iter()
        .chain(HIDING.iter())
        .copied()
        .chain(['\u{0}', '\u{7}', '\r', '\n', '\t', '\u{2028}', '\u{200C}', '\u{200D}', '\u{0301}', ' ', '\u{3000}'])
        .collect();
    let ordinary = proptest::sample::select(vec!['a', 'Z', '7', 'ä', 'é', '日', '\u{0627}', '-', '.']);
    proptest::collection::vec(
        prop_oneof![3 => any::<char>(), 2 => ordinary, 2 => proptest::sample::select(special)],
        0..60,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn install() {
    #[cfg(feature = "native-unicode")]
    cpor_core::unicode::install(&cpor_core::unicode::Native);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn an_accepted_note_is_clean_limited_and_stable(s in mixed()) {
        install();
        if let Ok(Some(text)) = note(&s, nouns::COMMENT) {
            prop_assert!(clean(&text, true), "{:?}", text);
            prop_assert!(text.chars().count() <= MAX_NOTE_CHARS);
            prop_assert_eq!(note(&text, nouns::COMMENT).unwrap(), Some(text.clone()));
        }
    }

    #[test]
    fn an_accepted_one_line_answer_is_clean_collapsed_and_stable(s in mixed()) {
        install();
        if let Ok(name) = ClaimName::parse(&s) {
            prop_assert!(clean(name.as_str(), false), "{:?}", name);
            prop_assert!(!name.as_str().contains("  ") && !name.as_str().contains('\n'));
            prop_assert_eq!(ClaimName::parse(name.as_str()).unwrap(), name.clone());
        }
    }

    #[test]
    fn a_bidi_control_is_refused_wherever_it_sits(
        before in "[a-zA-Z0-9 äéß日本\u{0627}]{0,30}",
        after in "[a-zA-Z0-9 äéß日本\u{0627}]{0,30}",
        i in 0..BIDI.len(),
    ) {
        install();
        let text = format!("{before}{}{after}", BIDI[i]);
        prop_assert_eq!(note(&text, nouns::COMMENT).unwrap_err().code(), ErrorCode::TextBidi);
        prop_assert_eq!(ClaimName::parse(&text).unwrap_err().code(), ErrorCode::TextBidi);
    }

    #[test]
    fn a_hiding_character_is_refused_wherever_it_sits(
        before in "[a-zA-Z0-9 äéß]{0,30}",
        after in "[a-zA-Z0-9 äéß]{0,30}",
        i in 0..HIDING.len(),
    ) {
        install();
        let text = format!("{before}{}{after}", HIDING[i]);
        prop_assert_eq!(note(&text, nouns::COMMENT).unwrap_err().code(), ErrorCode::TextInvisible);
        prop_assert_eq!(PersonName::parse(&format!("Megan{text}")).unwrap_err().code(), ErrorCode::TextInvisible);
    }
}
