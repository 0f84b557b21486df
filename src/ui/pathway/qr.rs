//! A QR code drawn as one SVG path from the `qrcode` crate's modules: no
//! image file, no service, no inner HTML.

use std::cell::RefCell;
use std::fmt::Write;

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

/// The SVG path of the dark modules, and the code's width in modules. Each
/// row's runs of dark modules are one rectangle: a few hundred path commands
/// instead of thousands, quicker to build and to draw.
fn path(data: &str) -> Option<(String, usize)> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            // Offset by the 4-module quiet zone that scanners need.
            let _ = write!(d, "M{} {}h{run}v1h-{run}z", x + 4, y + 4);
            x += run;
        }
    }
    Some((d, width))
}

/// A code's path and width (None: the data does not fit a QR code).
type Made = Option<(String, usize)>;

thread_local! {
    /// The last code made: the pathway page prepares it while the person
    /// reads, so drawing it with the rest of the page is quick.
    static LAST: RefCell<Option<(String, Made)>> = const { RefCell::new(None) };
}

fn path_cached(data: &str) -> Made {
    let hit = LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(d, _)| d == data)
            .map(|(_, p)| p.clone())
    });
    if let Some(hit) = hit {
        return hit;
    }
    let made = path(data);
    LAST.with(|last| *last.borrow_mut() = Some((data.to_string(), made.clone())));
    made
}

/// Makes the code for `data` once the page has been drawn and the browser
/// is idle, so that it is ready when asked for and never delays the page
/// that is showing.
pub fn prepare(data: String) {
    crate::web::dom::when_idle(Box::new(move || drop(path_cached(&data))));
}

#[component]
pub fn QrCodeView(data: String, label: String) -> impl IntoView {
    match path_cached(&data) {
        Some((d, width)) => {
            let size = width + 8;
            view! {
                <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-label=label
                    shape-rendering="crispEdges" data-modules=width.to_string()>
                    <rect width=size.to_string() height=size.to_string() fill="#fff"/>
                    <path d=d fill="#000"/>
                </svg>
            }
            .into_any()
        }
        None => ().into_any(),
    }
}
