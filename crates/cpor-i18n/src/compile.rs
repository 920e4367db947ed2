//! Compiles the message catalogues (`locales/<language>.ftl`, Project
//! Fluent syntax, parsed by the `fluent-syntax` crate) into the compact form
//! the runtime reads (see `lib.rs`, "The compiled form"), and checks them
//! against the English catalogue: every message in every language, no
//! message English lacks, the same variables.
//!
//! Used by the crate's build script (the English catalogue built into the
//! program, the message constants) and by the `cpor-catalogues` program
//! (the other languages' files, beside the app's code). Message and term
//! references are resolved here, so the runtime only substitutes
//! variables, formats numbers and chooses variants.

use std::collections::{BTreeMap, HashMap};

use fluent_syntax::ast;

/// A variable's place in the text.
pub const VAR: char = '\u{1}';
/// A number variable, formatted for the language.
pub const NUM: char = '\u{2}';
/// A choice among variants.
pub const SELECT: char = '\u{3}';
/// The end of a pattern.
pub const END: char = '\u{4}';
/// A message the language lacks (the runtime uses English).
pub const MISSING: char = '\u{5}';
/// The end of a variant's key.
pub const KEY_END: char = '\u{1F}';

/// The pseudo-locale's code: English with accented letters, 40 % longer,
/// in brackets, to find clipped and hard-coded text.
pub const PSEUDO: &str = "en-XA";

/// One message (or attribute) of the English catalogue.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Its id: `message` or `message.attribute`.
    pub id: String,
    /// Its variables, in the order the runtime takes them.
    pub args: Vec<String>,
    /// Which of them are numbers (formatted, or choosing a plural form).
    pub numeric: Vec<bool>,
    /// The English text, for documentation.
    pub english: String,
    /// The English pattern in the compiled form (ending with `END`).
    pub pattern: String,
}

/// The compiled catalogues.
#[derive(Debug, Default)]
pub struct Compiled {
    /// The English messages, in catalogue order (the runtime's numbering).
    pub entries: Vec<Entry>,
    /// Each language's compiled catalogue, English first, then the
    /// pseudo-locale, then the others in the order given.
    pub catalogues: Vec<(String, String)>,
    /// What is wrong: a parse error, a message missing or extra, a
    /// variable English doesn't have or that the translation drops.
    pub problems: Vec<String>,
}

/// A language's parsed catalogue: its messages' and terms' patterns by id.
struct Parsed<'s> {
    messages: HashMap<String, &'s ast::Pattern<&'s str>>,
    terms: HashMap<String, &'s ast::Pattern<&'s str>>,
    order: Vec<String>,
}

fn parse<'s>(lang: &str, resource: &'s ast::Resource<&'s str>, problems: &mut Vec<String>) -> Parsed<'s> {
    let mut p = Parsed { messages: HashMap::new(), terms: HashMap::new(), order: Vec::new() };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_owned();
                if let Some(value) = &m.value {
                    add(lang, &mut p, id.clone(), value, problems);
                }
                for a in &m.attributes {
                    add(lang, &mut p, format!("{id}.{}", a.id.name), &a.value, problems);
                }
            }
            ast::Entry::Term(t) => {
                p.terms.insert(t.id.name.to_owned(), &t.value);
                for a in &t.attributes {
                    p.terms.insert(format!("{}.{}", t.id.name, a.id.name), &a.value);
                }
            }
            ast::Entry::Junk { content } => {
                problems.push(format!("{lang}: cannot read {:?}", content.lines().next().unwrap_or("")));
            }
            _ => {}
        }
    }
    p
}

fn add<'s>(lang: &str, p: &mut Parsed<'s>, id: String, value: &'s ast::Pattern<&'s str>, problems: &mut Vec<String>) {
    if p.messages.insert(id.clone(), value).is_some() {
        problems.push(format!("{lang}: {id} is defined twice"));
    } else {
        p.order.push(id);
    }
}

/// Turns one language's pattern into the compiled form.
struct Lower<'a, 's> {
    lang: &'a str,
    id: &'a str,
    cat: &'a Parsed<'s>,
    /// The variables: fixed (a translation) or growing (English).
    args: Vec<String>,
    grow: bool,
    used: Vec<bool>,
    numeric: Vec<bool>,
    depth: usize,
    /// Writing the pseudo-locale: letters accented and counted.
    pseudo: Option<usize>,
    problems: &'a mut Vec<String>,
}

impl Lower<'_, '_> {
    fn problem(&mut self, what: String) {
        self.problems.push(format!("{}: {}: {what}", self.lang, self.id));
    }

    fn arg(&mut self, name: &str) -> char {
        let i = match self.args.iter().position(|a| a == name) {
            Some(i) => i,
            None if self.grow => {
                self.args.push(name.to_owned());
                self.used.push(false);
                self.numeric.push(false);
                self.args.len() - 1
            }
            None => {
                self.problem(format!("${name} is not one of English's variables ({})", self.args.join(", ")));
                0
            }
        };
        self.used[i] = true;
        char::from_u32('0' as u32 + i as u32).expect("a message has few variables")
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>, out: &mut String) {
        self.depth += 1;
        if self.depth > 8 {
            self.problem("references itself".to_owned());
            return;
        }
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.text(value, out),
                ast::PatternElement::Placeable { expression } => self.expression(expression, out),
            }
        }
        self.depth -= 1;
    }

    fn text(&mut self, value: &str, out: &mut String) {
        if value.chars().any(|c| c.is_control() && c != '\n') {
            self.problem("holds a control character".to_owned());
        }
        match &mut self.pseudo {
            Some(letters) => {
                *letters += value.chars().filter(|c| c.is_alphabetic()).count();
                out.extend(value.chars().map(accent));
            }
            None => out.push_str(value),
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>, out: &mut String) {
        match e {
            ast::Expression::Inline(i) => self.inline(i, out),
            ast::Expression::Select { selector, variants } => {
                // A term's attribute (say, a product name's grammatical
                // gender) is known here: its variant is chosen now.
                if let ast::InlineExpression::TermReference { id, attribute: Some(attr), .. } = selector {
                    let mut key = String::new();
                    match self.cat.terms.get(&format!("{}.{}", id.name, attr.name)) {
                        Some(p) => self.pattern(p, &mut key),
                        None => self.problem(format!("-{}.{} is not defined", id.name, attr.name)),
                    }
                    let chosen = variants
                        .iter()
                        .find(|v| key_text(&v.key) == key)
                        .or_else(|| variants.iter().find(|v| v.default));
                    if let Some(v) = chosen {
                        self.pattern(&v.value, out);
                    }
                    return;
                }
                let index = match selector {
                    ast::InlineExpression::VariableReference { id } => self.arg(id.name),
                    ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                        match arguments.positional.as_slice() {
                            [ast::InlineExpression::VariableReference { id }] if arguments.named.is_empty() => {
                                self.arg(id.name)
                            }
                            _ => {
                                self.problem("NUMBER() takes one variable and no options here".to_owned());
                                '0'
                            }
                        }
                    }
                    _ => {
                        self.problem("a choice must be made on a variable".to_owned());
                        '0'
                    }
                };
                let plural = variants.iter().any(|v| match &v.key {
                    ast::VariantKey::NumberLiteral { .. } => true,
                    ast::VariantKey::Identifier { name } => ["zero", "one", "two", "few", "many"].contains(name),
                });
                if plural && self.grow {
                    self.numeric[index as usize - '0' as usize] = true;
                }
                for v in variants {
                    if let ast::VariantKey::NumberLiteral { value } = &v.key {
                        if value.parse::<i64>().is_err() {
                            self.problem(format!("[{value}]: a number key must be a whole number"));
                        }
                    }
                }
                let others: Vec<_> = variants.iter().filter(|v| !v.default).collect();
                out.push(SELECT);
                out.push(index);
                out.push(char::from_u32('0' as u32 + others.len() as u32).expect("few variants"));
                for v in others {
                    out.push_str(&key_text(&v.key));
                    out.push(KEY_END);
                    self.pattern(&v.value, out);
                    out.push(END);
                }
                if let Some(d) = variants.iter().find(|v| v.default) {
                    self.pattern(&d.value, out);
                }
                out.push(END);
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>, out: &mut String) {
        match i {
            ast::InlineExpression::StringLiteral { value } => {
                self.text(&fluent_syntax::unicode::unescape_unicode_to_string(value), out)
            }
            ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
            ast::InlineExpression::VariableReference { id } => {
                out.push(VAR);
                let a = self.arg(id.name);
                out.push(a);
            }
            ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                match arguments.positional.as_slice() {
                    [ast::InlineExpression::VariableReference { id }] if arguments.named.is_empty() => {
                        out.push(NUM);
                        let a = self.arg(id.name);
                        self.numeric[a as usize - '0' as usize] = true;
                        out.push(a);
                    }
                    _ => self.problem("NUMBER() takes one variable and no options here".to_owned()),
                }
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                self.problem(format!("{}() is not supported (dates are formatted by the app)", id.name))
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let key = match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.to_owned(),
                };
                match self.cat.messages.get(&key) {
                    Some(p) => self.pattern(p, out),
                    None => self.problem(format!("refers to {key}, which is not defined")),
                }
            }
            ast::InlineExpression::TermReference { id, attribute, arguments } => {
                if arguments.is_some() {
                    self.problem(format!("-{} is given arguments; terms here take none", id.name));
                }
                let key = match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.to_owned(),
                };
                match self.cat.terms.get(&key) {
                    Some(p) => self.pattern(p, out),
                    None => self.problem(format!("refers to -{key}, which is not defined")),
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, out),
        }
    }
}

fn key_text(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

/// Compiles `sources` (language code, FTL text); the first must be English.
pub fn compile(sources: &[(&str, &str)]) -> Compiled {
    let mut compiled = Compiled::default();
    let problems = &mut compiled.problems;
    let resources: Vec<_> = sources
        .iter()
        .map(|(lang, text)| match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = text[..e.pos.start.min(text.len())].lines().count();
                    problems.push(format!("{lang}.ftl line {line}: {:?}", e.kind));
                }
                r
            }
        })
        .collect();
    let parsed: Vec<_> = sources.iter().zip(&resources).map(|((lang, _), r)| parse(lang, r, problems)).collect();
    let Some(english) = parsed.first() else { return compiled };

    // English: the numbering, the variables, the text.
    let mut en = String::new();
    let mut pseudo = String::new();
    let mut entries = Vec::new();
    for id in &english.order {
        let mut out = String::new();
        let mut lower = Lower {
            lang: "en",
            id,
            cat: english,
            args: Vec::new(),
            grow: true,
            used: Vec::new(),
            numeric: Vec::new(),
            depth: 0,
            pseudo: None,
            problems,
        };
        lower.pattern(english.messages[id], &mut out);
        let args = lower.args;
        let numeric = lower.numeric;
        // The pseudo-locale: the same pattern, accented, in brackets, with
        // 40 % of its letters' length added.
        let mut lower = Lower {
            lang: PSEUDO,
            id,
            cat: english,
            args: args.clone(),
            grow: false,
            used: vec![false; args.len()],
            numeric: vec![false; args.len()],
            depth: 0,
            pseudo: Some(0),
            problems,
        };
        pseudo.push('[');
        lower.pattern(english.messages[id], &mut pseudo);
        let letters = lower.pseudo.unwrap_or(0);
        pseudo.push(' ');
        pseudo.extend(std::iter::repeat_n('·', (letters * 2).div_ceil(5).max(1)));
        pseudo.push(']');
        pseudo.push(END);
        en.push_str(&out);
        en.push(END);
        let english = readable(&out, &args);
        out.push(END);
        entries.push(Entry { id: id.clone(), english, pattern: out, args, numeric });
    }
    compiled.catalogues.push(("en".to_owned(), en));
    compiled.catalogues.push((PSEUDO.to_owned(), pseudo));

    for ((lang, _), cat) in sources.iter().zip(&parsed).skip(1) {
        let mut text = String::new();
        for entry in &entries {
            match cat.messages.get(&entry.id) {
                Some(p) => {
                    let mut lower = Lower {
                        lang,
                        id: &entry.id,
                        cat,
                        args: entry.args.clone(),
                        grow: false,
                        used: vec![false; entry.args.len()],
                        numeric: vec![false; entry.args.len()],
                        depth: 0,
                        pseudo: None,
                        problems,
                    };
                    lower.pattern(p, &mut text);
                    let dropped: Vec<_> = entry
                        .args
                        .iter()
                        .zip(&lower.used)
                        .filter(|(_, used)| !**used)
                        .map(|(a, _)| format!("${a}"))
                        .collect();
                    if !dropped.is_empty() {
                        problems.push(format!("{lang}: {}: leaves out {}", entry.id, dropped.join(", ")));
                    }
                }
                None => {
                    problems.push(format!("{lang}: {} is missing", entry.id));
                    text.push(MISSING);
                }
            }
            text.push(END);
        }
        let known: BTreeMap<_, _> = entries.iter().map(|e| (e.id.as_str(), ())).collect();
        for id in &cat.order {
            if !known.contains_key(id.as_str()) {
                problems.push(format!("{lang}: {id} is not in the English catalogue"));
            }
        }
        compiled.catalogues.push(((*lang).to_owned(), text));
    }
    compiled.entries = entries;
    compiled
}

/// A compiled pattern written out for a doc comment: `{ $name }` for
/// variables, `{…}` for a choice.
fn readable(compiled: &str, args: &[String]) -> String {
    let mut out = String::new();
    readable_pattern(&mut compiled.chars(), &mut out, args);
    out
}

fn readable_pattern(it: &mut std::str::Chars<'_>, out: &mut String, args: &[String]) {
    let arg = |c: Option<char>| c.and_then(|c| args.get((c as u32).wrapping_sub('0' as u32) as usize)).cloned();
    while let Some(c) = it.next() {
        match c {
            END => return,
            VAR | NUM => out.push_str(&format!("{{ ${} }}", arg(it.next()).unwrap_or_default())),
            SELECT => {
                let _ = it.next();
                let n = it.next().map_or(0, |c| c as u32 - '0' as u32);
                out.push_str("{…}");
                let mut skipped = String::new();
                for _ in 0..n {
                    for c in it.by_ref() {
                        if c == KEY_END {
                            break;
                        }
                    }
                    readable_pattern(it, &mut skipped, args);
                }
                readable_pattern(it, &mut skipped, args);
            }
            c => out.push(c),
        }
    }
}

/// The pseudo-locale's letters: accented, still readable.
fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'c' => 'ç',
        'e' => 'é',
        'i' => 'í',
        'n' => 'ñ',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'A' => 'Å',
        'C' => 'Ç',
        'E' => 'É',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'U' => 'Û',
        c => c,
    }
}
