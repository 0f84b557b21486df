//! The staff page (`staff.html`): the caseworker view, the print view and
//! the settings check, in a wasm of their own (see `ui::app`).
fn main() {
    newcomer_guide::web::panics::log_in_debug_builds();
    leptos::mount::mount_to_body(newcomer_guide::ui::app::StaffApp);
}
