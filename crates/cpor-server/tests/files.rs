//! Proof-of-execution uploads and downloads, and the upload attack corpus:
//! renamed HTML, double extensions, NUL and paths in names, oversize and
//! empty files, too many files. A refused upload leaves nothing on disk.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{get, multipart, upload_request, TestApp, PDF};
use serde_json::json;

async fn draft(app: &TestApp) -> String {
    let req = Request::post("/api/claims")
        .header(header::CONTENT_TYPE, "application/json")
        .header("idempotency-key", "files-draft")
        .body(Body::from(json!({"claim_name": "With files"}).to_string()))
        .unwrap();
    app.send_as_admin(req).await.json()["id"].as_str().unwrap().to_owned()
}

async fn stored_files(app: &TestApp) -> usize {
    app.state.files.list().await.unwrap().len()
}

#[tokio::test]
async fn a_pdf_is_stored_listed_and_downloaded_as_an_attachment() {
    let app = TestApp::new().await;
    let claim = draft(&app).await;
    let reply = app.send_as_admin(upload_request(&claim, "Signed SOW – Contoso.pdf".as_bytes(), PDF)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let file = reply.json();
    assert_eq!(file["kind"], "pdf");
    assert_eq!(file["bytes"], PDF.len());
    assert_eq!(file["name"], "Signed SOW – Contoso.pdf");
    let id = file["id"].as_str().unwrap();
    let detail = app.send_as_admin(get(&format!("/api/claims/{claim}"))).await.json();
    assert_eq!(detail["files"][0]["id"], id);

    let download = app.send_as_admin(get(&format!("/api/claims/{claim}/files/{id}"))).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.body, PDF);
    assert_eq!(download.headers[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(download.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let disposition = download.headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment; filename=\"Signed SOW _ Contoso.pdf\""), "{disposition}");
    assert!(disposition.contains("filename*=UTF-8''Signed%20SOW%20%E2%80%93%20Contoso.pdf"), "{disposition}");
    assert!(download.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("sandbox"));

    // Reviewers may download; another organisation may not.
    let url = format!("/api/claims/{claim}/files/{id}");
    assert_eq!(app.send_as("user-isaiah", get(&url)).await.status, StatusCode::OK);
    assert_eq!(app.send_as("user-alex", get(&url)).await.status, StatusCode::NOT_FOUND);

    let removed = app.send_as_admin(Request::delete(&url).body(Body::empty()).unwrap()).await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    assert_eq!(app.send_as_admin(get(&url)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(stored_files(&app).await, 0);
}

#[tokio::test]
async fn the_attack_corpus_is_refused_with_codes_and_leaves_nothing_behind() {
    let app = TestApp::new().await;
    let claim = draft(&app).await;
    let html = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".as_slice();
    let cases: [(&[u8], &[u8], StatusCode, &str); 8] = [
        (b"invoice.pdf", html, StatusCode::UNPROCESSABLE_ENTITY, "poe_file_content"),
        (b"report.pdf.html", html, StatusCode::UNPROCESSABLE_ENTITY, "poe_file_type"),
        (b"report.html.pdf", html, StatusCode::UNPROCESSABLE_ENTITY, "poe_file_content"),
        (b"setup.exe", b"MZ\x90\x00", StatusCode::UNPROCESSABLE_ENTITY, "poe_file_type"),
        // A raw NUL breaks the multipart header itself; an encoded one
        // reaches the name check.
        (b"evil\x00.pdf", PDF, StatusCode::BAD_REQUEST, "malformed_request"),
        (b"*evil%00.pdf", PDF, StatusCode::UNPROCESSABLE_ENTITY, "poe_file_name"),
        (b"../../etc/passwd.pdf", PDF, StatusCode::UNPROCESSABLE_ENTITY, "poe_file_name"),
        (b"empty.pdf", b"", StatusCode::UNPROCESSABLE_ENTITY, "poe_file_empty"),
    ];
    for (name, content, status, code) in cases {
        let reply = app.send_as_admin(upload_request(&claim, name, content)).await;
        let shown = String::from_utf8_lossy(name);
        assert_eq!(reply.status, status, "{shown}: {}", String::from_utf8_lossy(&reply.body));
        assert_eq!(reply.json()["code"], code, "{shown}");
    }
    assert_eq!(stored_files(&app).await, 0, "refused uploads are deleted");
}

#[tokio::test]
async fn a_file_at_the_size_limit_is_stored_whole_in_parts() {
    let app = TestApp::new().await;
    // With CPOR_TEST_S3 set (scripts/s3.sh), the files are in the bucket.
    assert_eq!(app.state.files.dir().is_none(), std::env::var_os("CPOR_TEST_S3").is_some());
    let claim = draft(&app).await;
    let mut big = PDF.to_vec();
    big.resize(cpor_core::poe::MAX_FILE_BYTES as usize, b' ');
    let reply = app.send_as_admin(upload_request(&claim, b"scanned.pdf", &big)).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", String::from_utf8_lossy(&reply.body));
    let id = reply.json()["id"].as_str().unwrap().to_owned();
    let download = app.send_as_admin(get(&format!("/api/claims/{claim}/files/{id}"))).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.body == big, "the download is the upload, byte for byte");
    assert_eq!(app.state.files.list().await.unwrap(), [id]);
}

#[tokio::test]
async fn oversize_files_are_refused_while_streaming() {
    let app = TestApp::new().await;
    let claim = draft(&app).await;
    let mut big = PDF.to_vec();
    big.resize(cpor_core::poe::MAX_FILE_BYTES as usize + 1, b' ');
    let reply = app.send_as_admin(upload_request(&claim, b"big.pdf", &big)).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(reply.json()["code"], "poe_file_too_large");
    assert_eq!(stored_files(&app).await, 0);
    // Sent in chunks, with no length to refuse it by: refused once the
    // limit is crossed, after more than one part was stored.
    let (parts, body) = upload_request(&claim, b"big.pdf", &big).into_parts();
    let whole = http_body_util::BodyExt::collect(body).await.unwrap().to_bytes();
    let chunks: Vec<Result<bytes::Bytes, std::convert::Infallible>> =
        whole.chunks(256 * 1024).map(|c| Ok(whole.slice_ref(c))).collect();
    // Each chunk arrives on its own, as from a network.
    let arriving = futures_util::StreamExt::then(futures_util::stream::iter(chunks), |chunk| async {
        tokio::task::yield_now().await;
        chunk
    });
    let streamed = Request::from_parts(parts, Body::from_stream(arriving));
    let reply = app.send_as_admin(streamed).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(reply.json()["code"], "poe_file_too_large");
    assert_eq!(stored_files(&app).await, 0);
    // In a bucket, the parts already sent were aborted, not left behind.
    if let (Some(place), Ok(endpoint)) =
        (app.state.files.place().strip_prefix("s3://"), std::env::var("AWS_ENDPOINT_URL"))
    {
        let (bucket, prefix) = place.split_once('/').unwrap();
        let pending = reqwest::get(format!("{endpoint}/{bucket}?uploads")).await.unwrap().text().await.unwrap();
        assert!(pending.contains("ListMultipartUploadsResult"), "{pending}");
        assert!(!pending.contains(prefix), "an incomplete multipart upload is left: {pending}");
    }
}

#[tokio::test]
async fn a_retried_upload_stores_one_file() {
    let app = TestApp::new().await;
    let claim = draft(&app).await;
    let (content_type, body) = multipart(b"sow.pdf", PDF);
    let req = || {
        Request::post(format!("/api/claims/{claim}/files"))
            .header(header::CONTENT_TYPE, content_type.clone())
            .header("idempotency-key", "same-upload")
            .body(Body::from(body.clone()))
            .unwrap()
    };
    let first = app.send_as_admin(req()).await;
    let again = app.send_as_admin(req()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(again.json()["id"], first.json()["id"]);
    assert_eq!(stored_files(&app).await, 1);
    let (content_type, body) = multipart(b"sow.pdf", PDF);
    let no_key = Request::post(format!("/api/claims/{claim}/files"))
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap();
    assert_eq!(app.send_as_admin(no_key).await.json()["code"], "idempotency_key_required");

    // The same key with another file of the same name and size is another
    // request: refused, and nothing is stored for it.
    let other: Vec<u8> = PDF.iter().map(|b| if *b == b'7' { b'4' } else { *b }).collect();
    assert_eq!(other.len(), PDF.len());
    let (content_type, body) = multipart(b"sow.pdf", &other);
    let swapped = Request::post(format!("/api/claims/{claim}/files"))
        .header(header::CONTENT_TYPE, content_type)
        .header("idempotency-key", "same-upload")
        .body(Body::from(body))
        .unwrap();
    let refused = app.send_as_admin(swapped).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json()["code"], "idempotency_key_reused");
    assert_eq!(stored_files(&app).await, 1);
    // After the claim filled up, the retry of a finished upload is still
    // answered as it was.
    for i in 0..9 {
        assert_eq!(
            app.send_as_admin(upload_request(&claim, format!("p{i}.pdf").as_bytes(), PDF)).await.status,
            StatusCode::CREATED
        );
    }
    assert_eq!(app.send_as_admin(req()).await.json()["id"], first.json()["id"]);
}

#[tokio::test]
async fn a_claim_holds_at_most_ten_files() {
    let app = TestApp::new().await;
    let claim = draft(&app).await;
    for i in 0..10 {
        let reply = app.send_as_admin(upload_request(&claim, format!("part {i}.pdf").as_bytes(), PDF)).await;
        assert_eq!(reply.status, StatusCode::CREATED);
    }
    let reply = app.send_as_admin(upload_request(&claim, b"eleventh.pdf", PDF)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.json()["code"], "poe_too_many_files");
    assert_eq!(stored_files(&app).await, 10);
}
