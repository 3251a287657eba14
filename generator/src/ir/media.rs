//! Which saved answers are binary: the one rule for it. A binary answer is returned as bytes,
//! never decoded as text (a PDF read as UTF-8 is corrupted, and cannot be written back).

use mime::Mime;

/// `application/…` subtypes that are binary formats (archives, documents, serialised data).
const BINARY_APPLICATION: &[&str] = &[
    "octet-stream",
    "pdf",
    "zip",
    "gzip",
    "x-gzip",
    "x-tar",
    "x-bzip2",
    "x-xz",
    "zstd",
    "x-7z-compressed",
    "x-rar-compressed",
    "vnd.rar",
    "java-archive",
    "msword",
    "x-msdownload",
    "vnd.android.package-archive",
    "vnd.apple.pkpass",
    "wasm",
    "protobuf",
    "x-protobuf",
    "vnd.google.protobuf",
    "msgpack",
    "x-msgpack",
    "cbor",
    "x-sqlite3",
    "pkcs12",
    "x-pkcs12",
    "pkix-cert",
];

/// `application/…` subtype families that are binary office documents (Excel, Word and
/// PowerPoint in both generations, OpenDocument).
const BINARY_APPLICATION_FAMILIES: &[&str] = &["vnd.ms-", "vnd.openxmlformats-", "vnd.oasis.opendocument."];

/// Whether `content_type` (a `Content-Type` value, parameters allowed) names a binary format:
/// every `image/`, `audio/`, `video/`, `font/` type, and the archives, documents and
/// serialisations of `application/` listed above. A structured-syntax suffix decides first:
/// `+json` and `+xml` are text (`image/svg+xml` too), `+zip`/`+gzip`/`+cbor` binary. Anything
/// else (`text/*`, unknown `application/*` types, a value that does not parse) is not binary.
pub fn is_binary_type(content_type: &str) -> bool {
    let Ok(mime) = content_type.trim().parse::<Mime>() else { return false };
    if let Some(suffix) = mime.suffix() {
        return matches!(suffix.as_str().to_ascii_lowercase().as_str(), "zip" | "gzip" | "cbor");
    }
    let subtype = mime.subtype().as_str().to_ascii_lowercase();
    match mime.type_().as_str().to_ascii_lowercase().as_str() {
        "image" | "audio" | "video" | "font" => true,
        "application" => {
            BINARY_APPLICATION.contains(&subtype.as_str())
                || BINARY_APPLICATION_FAMILIES.iter().any(|family| subtype.starts_with(family))
        }
        _ => false,
    }
}

/// Signatures of binary formats that survive an export as text (they start with ASCII, or
/// with a byte a lossy decoder turned into U+FFFD).
const SIGNATURES: &[&str] = &["%PDF-", "PK\u{3}\u{4}", "GIF87a", "GIF89a", "\u{89}PNG\r\n", "\u{FFFD}PNG\r\n"];

/// For a saved answer that states no content type: whether its body reads as a binary file
/// rather than text. A known signature (`%PDF-`, zip, GIF, PNG), or a NUL character, which
/// no text format carries.
pub fn looks_binary(body: &str) -> bool {
    SIGNATURES.iter().any(|s| body.starts_with(s)) || body.contains('\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_types_are_media_archives_and_documents() {
        for binary in [
            "application/pdf",
            "application/octet-stream",
            "Application/PDF; name=\"invoice.pdf\"",
            "image/png",
            "image/jpeg",
            "audio/mpeg",
            "video/mp4",
            "font/woff2",
            "application/zip",
            "application/gzip",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/epub+zip",
        ] {
            assert!(is_binary_type(binary), "{binary} is binary");
        }
    }

    #[test]
    fn json_xml_and_text_types_are_not_binary() {
        for text in [
            "application/json",
            "application/problem+json",
            "application/vnd.api+json; ext=bulk",
            "application/vnd.github.v3.repository+json",
            "image/svg+xml",
            "application/xml",
            "application/atom+xml",
            "text/plain; charset=iso-8859-1",
            "text/csv",
            "application/x-www-form-urlencoded",
            "application/javascript",
            "application/octocat-stream",
            "",
            "not a type",
        ] {
            assert!(!is_binary_type(text), "{text:?} is not binary");
        }
    }

    #[test]
    fn bodies_are_sniffed_by_signature_or_nul() {
        assert!(looks_binary("%PDF-1.4\n%\u{FFFD}\u{FFFD}\n1 0 obj"));
        assert!(looks_binary("\u{FFFD}PNG\r\n\u{1a}\n"));
        assert!(looks_binary("PK\u{3}\u{4}\u{14}\u{0}"));
        assert!(looks_binary("abc\0def"));
        assert!(!looks_binary("<html>moved</html>"));
        assert!(!looks_binary("Café, 100 % PDF-free"));
    }
}
