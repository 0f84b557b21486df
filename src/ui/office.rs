//! A municipality's local office, shown next to the national authority on
//! the pathway and in the guide.

use leptos::prelude::*;

use crate::domain::config::Office;
use crate::domain::i18n::Localizer;
use crate::ui::config::ConfigStore;
use crate::ui::pathway::QrCodeView;
use crate::ui::text::use_text;

/// One office, with texts from `loc`. On a kiosk the web address is a QR
/// code to scan instead of a link that would leave the kiosk.
pub fn office_view(loc: &Localizer, office: &Office, kiosk: bool) -> impl IntoView {
    let code = loc.code();
    let field = |key: &str, value: String| {
        (!value.is_empty()).then(|| {
            view! {
                <div class="office-field">
                    <dt>{loc.text(key)}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
    };
    let phone = office.phone.clone().map(|p| {
        let href = format!(
            "tel:{}",
            p.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        );
        view! {
            <div class="office-field">
                <dt>{loc.text("office-phone")}</dt>
                <dd><a href=href dir="ltr">{p}</a></dd>
            </div>
        }
    });
    let url = office.url.clone().map(|u| {
        let label = loc.text("office-website");
        let content = if kiosk {
            view! {
                <QrCodeView data=u.clone() label=format!("{label}: {u}")/>
                <span class="link-host" dir="ltr">{u.clone()}</span>
            }
            .into_any()
        } else {
            view! {
                <a href=u.clone() target="_blank" rel="noopener noreferrer" dir="ltr">{u.clone()}</a>
            }
            .into_any()
        };
        view! {
            <div class="office-field">
                <dt>{label}</dt>
                <dd>{content}</dd>
            </div>
        }
    });
    view! {
        <div class="office">
            <p class="office-label">{loc.text("office-heading")}</p>
            <p class="office-name">{office.name.get(code).to_string()}</p>
            <dl>
                {field("office-address", office.address.get(code).to_string())}
                {phone}
                {field("office-hours", office.hours.get(code).to_string())}
                {url}
                {field("office-accessibility", office.accessibility.get(code).to_string())}
                {field("office-languages", office.languages.join(", "))}
            </dl>
        </div>
    }
}

/// The offices that serve a step or topic, in the active language.
#[component]
pub fn LocalOffices(target: String) -> impl IntoView {
    let text = use_text();
    let config = ConfigStore::expect();
    move || {
        let loc = text.localizer();
        let kiosk = config.kiosk.get();
        config.config.with(|c| {
            c.offices_for(&target)
                .map(|o| office_view(&loc, o, kiosk))
                .collect_view()
        })
    }
}
