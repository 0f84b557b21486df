//! The newcomer's app (`index.html`).
fn main() {
    newcomer_guide::web::panics::log_in_debug_builds();
    leptos::mount::mount_to_body(newcomer_guide::ui::app::App);
}
