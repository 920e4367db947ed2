//! Standalone entry: mounts the app into the page's own root element
//! (`#cpor-root[data-cpor-standalone]`) through the same `mount` host pages
//! use. On a host page, which has no such element, it does nothing: the host
//! calls `mount` itself.

fn main() {
    cpor_claims::host::mount_standalone();
}
