fn main() {
    console_error_panic_hook_lite();
    leptos::mount::mount_to_body(newcomer_guide::ui::app::App);
}

/// Panics abort in release builds; in debug builds, log them to the console
/// so a developer sees why the screen stopped.
fn console_error_panic_hook_lite() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
