//! Generates the Zoho CRM client into `$OUT_DIR/zoho_crm.rs` from the inputs the checked-in
//! crate is made from. Cargo reruns this when any of them changes (postgen prints a
//! `cargo::rerun-if-changed` line per input); bad input fails the build with the file, the
//! JSON pointer and an excerpt, as `cargo::error` lines.

fn main() {
    postgen::Builder::api_dir("../../collections/zoho-crm").build();
}
