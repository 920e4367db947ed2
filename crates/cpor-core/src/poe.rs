//! Proof of execution files: the allowlist, the limits, type detection by
//! content (magic bytes) matched against the extension, and safe display
//! names. The browser checks before uploading; the server checks again on
//! the bytes it received.

use std::fmt;

use cpor_i18n::{msg, Msg, Text};
use serde::{Deserialize, Serialize};

use crate::catalog::ErrorCode;

/// Largest file, in bytes (25 MB).
pub const MAX_FILE_BYTES: u64 = 25 * 1024 * 1024;
/// Most files per claim.
pub const MAX_FILES_PER_CLAIM: usize = 10;
/// Longest display name kept, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// How many leading bytes the content check reads.
pub const SNIFF_BYTES: usize = 512;
/// What a claim without proof of execution is told (code `poe_missing`).
pub const POE_MISSING: Msg<0> = msg::POE_MISSING;

/// An accepted kind of proof-of-execution file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoeKind {
    /// PDF.
    Pdf,
    /// Word 97–2003.
    Doc,
    /// Word.
    Docx,
    /// Excel 97–2003.
    Xls,
    /// Excel.
    Xlsx,
    /// PowerPoint 97–2003.
    Ppt,
    /// PowerPoint.
    Pptx,
    /// Comma-separated values.
    Csv,
    /// Rich Text Format.
    Rtf,
    /// Outlook message.
    Msg,
    /// XML Paper Specification.
    Xps,
    /// PNG image.
    Png,
    /// JPEG image.
    Jpeg,
    /// GIF image.
    Gif,
    /// Bitmap image.
    Bmp,
    /// TIFF image.
    Tiff,
}

/// What the first bytes of a file say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// `%PDF-`.
    Pdf,
    /// An OLE compound file (doc, xls, ppt, msg).
    Ole,
    /// A ZIP container (docx, xlsx, pptx, xps).
    Zip,
    /// `{\rtf`.
    Rtf,
    /// PNG signature.
    Png,
    /// JPEG signature.
    Jpeg,
    /// GIF signature.
    Gif,
    /// `BM`.
    Bmp,
    /// TIFF byte-order mark.
    Tiff,
    /// HTML, SVG, XML or script: refused for safety.
    Markup,
    /// Plain text without NUL bytes.
    Text,
    /// Anything else.
    Unknown,
}

impl PoeKind {
    /// Every accepted kind.
    pub const ALL: [Self; 16] = [
        Self::Pdf,
        Self::Doc,
        Self::Docx,
        Self::Xls,
        Self::Xlsx,
        Self::Ppt,
        Self::Pptx,
        Self::Csv,
        Self::Rtf,
        Self::Msg,
        Self::Xps,
        Self::Png,
        Self::Jpeg,
        Self::Gif,
        Self::Bmp,
        Self::Tiff,
    ];

    /// The kind for a file extension (without the dot, any case).
    pub fn from_extension(ext: &str) -> Option<Self> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "pdf" => Self::Pdf,
            "doc" => Self::Doc,
            "docx" => Self::Docx,
            "xls" => Self::Xls,
            "xlsx" => Self::Xlsx,
            "ppt" => Self::Ppt,
            "pptx" => Self::Pptx,
            "csv" => Self::Csv,
            "rtf" => Self::Rtf,
            "msg" => Self::Msg,
            "xps" => Self::Xps,
            "png" => Self::Png,
            "jpg" | "jpeg" => Self::Jpeg,
            "gif" => Self::Gif,
            "bmp" => Self::Bmp,
            "tif" | "tiff" => Self::Tiff,
            _ => return None,
        })
    }

    /// The content a file of this kind must have.
    pub fn expected_content(self) -> Content {
        match self {
            Self::Pdf => Content::Pdf,
            Self::Doc | Self::Xls | Self::Ppt | Self::Msg => Content::Ole,
            Self::Docx | Self::Xlsx | Self::Pptx | Self::Xps => Content::Zip,
            Self::Csv => Content::Text,
            Self::Rtf => Content::Rtf,
            Self::Png => Content::Png,
            Self::Jpeg => Content::Jpeg,
            Self::Gif => Content::Gif,
            Self::Bmp => Content::Bmp,
            Self::Tiff => Content::Tiff,
        }
    }

    /// The media type to store and serve it with.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Doc => "application/msword",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xls => "application/vnd.ms-excel",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Ppt => "application/vnd.ms-powerpoint",
            Self::Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            Self::Csv => "text/csv",
            Self::Rtf => "application/rtf",
            Self::Msg => "application/vnd.ms-outlook",
            Self::Xps => "application/vnd.ms-xpsdocument",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Gif => "image/gif",
            Self::Bmp => "image/bmp",
            Self::Tiff => "image/tiff",
        }
    }

    /// The accepted extensions, for the upload's `accept` attribute and
    /// messages.
    pub const ACCEPTED_EXTENSIONS: &'static str =
        ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.csv,.rtf,.msg,.xps,.png,.jpg,.jpeg,.gif,.bmp,.tif,.tiff";
}

/// Reads what the first bytes of a file are.
pub fn sniff(head: &[u8]) -> Content {
    const SIGNATURES: [(&[u8], Content); 10] = [
        (b"%PDF-", Content::Pdf),
        (&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], Content::Ole),
        (b"PK\x03\x04", Content::Zip),
        (b"{\\rtf", Content::Rtf),
        (&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A], Content::Png),
        (&[0xFF, 0xD8, 0xFF], Content::Jpeg),
        (b"GIF87a", Content::Gif),
        (b"GIF89a", Content::Gif),
        (b"II*\0", Content::Tiff),
        (b"MM\0*", Content::Tiff),
    ];
    if let Some((_, content)) = SIGNATURES.iter().find(|(sig, _)| head.starts_with(sig)) {
        return *content;
    }
    if head.starts_with(b"BM") && head.len() >= 14 {
        return Content::Bmp;
    }
    if head.contains(&0) {
        return Content::Unknown;
    }
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    const MARKUP: [&str; 9] = ["<!doctype", "<html", "<script", "<svg", "<?xml", "<body", "<head", "<iframe", "<!--"];
    if MARKUP.iter().any(|m| trimmed.starts_with(m)) || text.contains("<script") || text.contains("<html") {
        return Content::Markup;
    }
    Content::Text
}

/// Why a file is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PoeFileError {
    /// The name is empty or only dots and spaces.
    NameMissing,
    /// The name has NUL, control or path characters.
    NameCharacter(char),
    /// No extension.
    NoExtension,
    /// The extension is not on the allowlist.
    TypeNotAllowed {
        /// The extension found.
        extension: String,
    },
    /// The file is empty.
    Empty,
    /// The file is larger than 25 MB.
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
    /// The claim already has 10 files.
    TooMany,
    /// The content is not what the extension says.
    ContentMismatch {
        /// The kind the extension claims.
        claimed: PoeKind,
    },
    /// The content is HTML, SVG, XML or script.
    Markup,
}

impl PoeFileError {
    /// The stable error code.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::NameMissing | Self::NameCharacter(_) | Self::NoExtension => ErrorCode::PoeFileName,
            Self::TypeNotAllowed { .. } => ErrorCode::PoeFileType,
            Self::Empty => ErrorCode::PoeFileEmpty,
            Self::TooLarge { .. } => ErrorCode::PoeFileTooLarge,
            Self::TooMany => ErrorCode::PoeTooManyFiles,
            Self::ContentMismatch { .. } | Self::Markup => ErrorCode::PoeFileContent,
        }
    }
}

/// A file's size as a file explorer writes it, as a message: "1.2 MB",
/// "340 KB" in English; the number in the language's format (the
/// browser's `Intl`: "1,2 MB" in German).
pub fn size_text(bytes: u64) -> Text {
    if bytes >= 1024 * 1024 {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        Text::new(msg::POE_SIZE_MB, [(tenths as f64 / 10.0).into()])
    } else {
        Text::new(msg::POE_SIZE_KB, [bytes.div_ceil(1024).into()])
    }
}

/// [`size_text`] in the current language.
pub fn human_size(bytes: u64) -> String {
    size_text(bytes).to_string()
}

impl PoeFileError {
    /// The sentence saying what is wrong.
    pub fn text(&self) -> Text {
        match self {
            Self::NameMissing => msg::POE_NAME_MISSING.into(),
            Self::NameCharacter(c) => Text::new(msg::POE_NAME_CHARACTER, [crate::input::describe_char(*c).into()]),
            Self::NoExtension => msg::POE_NO_EXTENSION.into(),
            Self::TypeNotAllowed { extension } => Text::new(msg::POE_TYPE_NOT_ALLOWED, [extension.clone().into()]),
            Self::Empty => msg::POE_EMPTY.into(),
            Self::TooLarge { bytes } => Text::new(msg::POE_TOO_LARGE, [size_text(*bytes).into()]),
            Self::TooMany => Text::new(msg::POE_TOO_MANY, [MAX_FILES_PER_CLAIM.into()]),
            Self::ContentMismatch { claimed } => {
                Text::new(msg::POE_CONTENT_MISMATCH, [format!("{claimed:?}").to_ascii_uppercase().into()])
            }
            Self::Markup => msg::POE_MARKUP.into(),
        }
    }
}

impl fmt::Display for PoeFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for PoeFileError {}

/// Checks what is known before any byte arrives: the claim's file count,
/// the name, and that its extension is on the allowlist. Returns the kind the
/// extension claims.
pub fn check_name(name: &str, files_already: usize) -> Result<PoeKind, PoeFileError> {
    if files_already >= MAX_FILES_PER_CLAIM {
        return Err(PoeFileError::TooMany);
    }
    if let Some(c) = name.chars().find(|c| c.is_control() || matches!(c, '/' | '\\')) {
        return Err(PoeFileError::NameCharacter(c));
    }
    let trimmed = name.trim().trim_end_matches(['.', ' ']);
    if trimmed.trim_start_matches('.').is_empty() {
        return Err(PoeFileError::NameMissing);
    }
    let Some((_, ext)) = trimmed.rsplit_once('.').filter(|(stem, _)| !stem.trim().is_empty()) else {
        return Err(PoeFileError::NoExtension);
    };
    PoeKind::from_extension(ext).ok_or_else(|| PoeFileError::TypeNotAllowed { extension: ext.to_lowercase() })
}

/// Checks a file's name, size, the claim's file count and the file's first
/// bytes; returns its kind.
pub fn check_file(name: &str, size: u64, head: &[u8], files_already: usize) -> Result<PoeKind, PoeFileError> {
    let kind = check_name(name, files_already)?;
    if size == 0 {
        return Err(PoeFileError::Empty);
    }
    if size > MAX_FILE_BYTES {
        return Err(PoeFileError::TooLarge { bytes: size });
    }
    match sniff(head) {
        Content::Markup => Err(PoeFileError::Markup),
        content if content == kind.expected_content() => Ok(kind),
        _ => Err(PoeFileError::ContentMismatch { claimed: kind }),
    }
}

/// A name safe to show and to offer as a download name: no path, none of
/// the characters the text rule refuses (controls, bidirectional controls,
/// hiding characters), no leading dots, at most [`MAX_NAME_CHARS`]
/// characters with the extension kept.
pub fn safe_display_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| !crate::text::always_refused(*c))
        .map(|c| if matches!(c, '"' | '<' | '>' | ':' | '|' | '?' | '*') { '_' } else { c })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim().to_owned();
    if cleaned.chars().count() <= MAX_NAME_CHARS {
        return if cleaned.is_empty() { "file".to_owned() } else { cleaned };
    }
    match cleaned.rsplit_once('.') {
        Some((stem, ext)) if ext.chars().count() <= 8 => {
            let keep = MAX_NAME_CHARS - ext.chars().count() - 1;
            format!("{}.{ext}", stem.chars().take(keep).collect::<String>())
        }
        _ => cleaned.chars().take(MAX_NAME_CHARS).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_the_file_explorer() {
        assert_eq!(human_size(1), "1 KB");
        assert_eq!(human_size(340 * 1024), "340 KB");
        assert_eq!(human_size(1024 * 1024), "1 MB");
        assert_eq!(human_size(25 * 1024 * 1024 - 1), "25 MB");
        assert_eq!(human_size(1_300_000), "1.2 MB");
        assert_eq!(
            PoeFileError::TooLarge { bytes: 26 * 1024 * 1024 + 100 * 1024 }.to_string(),
            "The file is 26.1 MB; a file can be at most 25 MB."
        );
    }

    const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    const DOCX: &[u8] = b"PK\x03\x04\x14\x00\x06\x00";
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];

    #[test]
    fn accepted_files() {
        let ok: [(&str, &[u8], PoeKind); 8] = [
            ("Signed SOW.pdf", PDF, PoeKind::Pdf),
            ("scan.PNG", PNG, PoeKind::Png),
            ("report.docx", DOCX, PoeKind::Docx),
            ("old.doc", OLE, PoeKind::Doc),
            ("mail.msg", OLE, PoeKind::Msg),
            ("usage.csv", b"tenant,product\n1,2\n", PoeKind::Csv),
            ("photo.jpeg", &[0xFF, 0xD8, 0xFF, 0xE0], PoeKind::Jpeg),
            ("report.v2.final.pdf", PDF, PoeKind::Pdf),
        ];
        for (name, head, kind) in ok {
            assert_eq!(check_file(name, 1000, head, 0), Ok(kind), "{name}");
        }
    }

    #[test]
    fn attack_corpus_is_refused_with_codes() {
        let refused: [(&str, u64, &[u8], usize, ErrorCode); 12] = [
            ("invoice.pdf", 100, b"<!DOCTYPE html><script>alert(1)</script>", 0, ErrorCode::PoeFileContent),
            ("invoice.pdf", 100, b"  <html><body>", 0, ErrorCode::PoeFileContent),
            ("data.csv", 100, b"a,b\n<script>x</script>", 0, ErrorCode::PoeFileContent),
            ("report.pdf.html", 100, b"<html>", 0, ErrorCode::PoeFileType),
            ("report.html.pdf", 100, b"<html>", 0, ErrorCode::PoeFileContent),
            ("setup.exe", 100, b"MZ", 0, ErrorCode::PoeFileType),
            ("image.svg", 100, b"<svg>", 0, ErrorCode::PoeFileType),
            ("evil\0.pdf", 100, PDF, 0, ErrorCode::PoeFileName),
            ("../../etc/passwd.pdf", 100, PDF, 0, ErrorCode::PoeFileName),
            ("big.pdf", MAX_FILE_BYTES + 1, PDF, 0, ErrorCode::PoeFileTooLarge),
            ("empty.pdf", 0, b"", 0, ErrorCode::PoeFileEmpty),
            ("eleventh.pdf", 100, PDF, 10, ErrorCode::PoeTooManyFiles),
        ];
        for (name, size, head, count, code) in refused {
            assert_eq!(check_file(name, size, head, count).map_err(|e| e.code()), Err(code), "{name:?}");
        }
        assert_eq!(check_file("noext", 10, PDF, 0).unwrap_err(), PoeFileError::NoExtension);
        assert_eq!(check_file(".pdf", 10, PDF, 0).unwrap_err(), PoeFileError::NoExtension);
        assert_eq!(check_file("  ", 10, PDF, 0).unwrap_err(), PoeFileError::NameMissing);
        assert_eq!(check_file("x.png", 10, PDF, 0).unwrap_err().code(), ErrorCode::PoeFileContent);
        assert!(check_file("x.pdf", MAX_FILE_BYTES, PDF, 9).is_ok());
    }

    #[test]
    fn display_names_are_safe() {
        assert_eq!(safe_display_name("C:\\Users\\me\\SOW.pdf"), "SOW.pdf");
        assert_eq!(safe_display_name("../../x.pdf"), "x.pdf");
        assert_eq!(safe_display_name("inv\u{202E}fdp.exe"), "invfdp.exe");
        assert_eq!(safe_display_name("a\"b<c>.pdf"), "a_b_c_.pdf");
        assert_eq!(safe_display_name("...hidden.pdf"), "hidden.pdf");
        assert_eq!(safe_display_name(""), "file");
        let long = format!("{}.pdf", "a".repeat(300));
        let safe = safe_display_name(&long);
        assert_eq!(safe.chars().count(), MAX_NAME_CHARS);
        assert!(safe.ends_with(".pdf"));
    }

    #[test]
    fn every_kind_has_an_extension_and_a_media_type() {
        for kind in PoeKind::ALL {
            assert!(!kind.media_type().is_empty());
            let ext = format!("{kind:?}").to_lowercase();
            assert_eq!(PoeKind::from_extension(&ext), Some(kind), "{ext}");
        }
    }
}
