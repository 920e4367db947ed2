//! The migrations are embedded by `sqlx::migrate!`: rebuild the server when
//! one is added or changed.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
