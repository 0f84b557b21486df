//! Panics abort in release builds; in debug builds, log them to the console
//! so a developer sees why the screen stopped.

pub fn log_in_debug_builds() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
