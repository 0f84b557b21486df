//! A QR code drawn as one SVG path from the `qrcode` crate's modules: no
//! image file, no service, no inner HTML.

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

/// The SVG path of the dark modules, and the code's width in modules.
fn path(data: &str) -> Option<(String, usize)> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let mut d = String::with_capacity(width * width * 4);
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == Color::Dark {
            let (x, y) = (i % width, i / width);
            // Offset by the 4-module quiet zone that scanners need.
            d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
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
