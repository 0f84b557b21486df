//! A QR code drawn as one SVG path from the `qrcode` crate's modules: no
//! image file, no service, no inner HTML.

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

#[component]
pub fn QrCodeView(data: String, label: String) -> impl IntoView {
    match path(&data) {
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
