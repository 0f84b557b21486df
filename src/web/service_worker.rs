//! Service worker registration (offline use and updates).
//!
//! `sw.js` is written at build time by `scripts/postbuild.mjs` from
//! `public/sw.js`. A new build gives a new `sw.js`; the browser installs it
//! beside the running one, where it waits. [`register`] reports that through
//! its `on_update` callback, and [`activate_update`] lets the new version take
//! over and reloads the page.
//!
//! Where service workers are unavailable (an `http:` address other than
//! localhost, an old browser, a private mode that blocks them), nothing is
//! registered and the app works online as before.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// How often a page left open (a kiosk) asks the server for a new version.
/// Browsers also check on every visit.
const UPDATE_CHECK_MS: i32 = 60 * 60 * 1000;

/// The message `sw.js` answers by taking over at once.
const SKIP_WAITING: &str = "skip-waiting";

/// `navigator.serviceWorker`, when this page may use it.
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    // Absent (undefined) in browsers without service workers.
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}

/// The service worker's address. With `locales` (the languages the
/// municipality offers), `sw.js` keeps only their texts for offline use, not
/// every language in the build: less to download on a paid connection.
pub fn script_url(locales: Option<&[String]>) -> String {
    match locales {
        Some(codes) if !codes.is_empty() => format!("sw.js?locales={}", codes.join(",")),
        _ => "sw.js".to_string(),
    }
}

/// [`register`], once the page's own files have loaded (the window's `load`
/// event), so that the offline copy never slows down the first page.
pub fn register_after_load(script: String, on_update: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        register(&script, on_update);
        return;
    }
    let callback = Closure::once_into_js(move || register(&script, on_update));
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "load",
        callback.unchecked_ref(),
        &options,
    );
}

/// Registers `sw.js` (next to `index.html`) and calls `on_update` when a new
/// version of the app has been installed and waits to take over.
///
/// The address is relative and the scope is the page's folder, so the app
/// works from any subfolder. Debug builds (`trunk serve`) register nothing,
/// and remove an earlier registration, so that every rebuild shows at once.
pub fn register(script: &str, on_update: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    if cfg!(debug_assertions) {
        spawn_local(async move {
            if let Some(registration) = registration(&container).await {
                if let Ok(promise) = registration.unregister() {
                    let _ = JsFuture::from(promise).await;
                }
            }
        });
        return;
    }
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let promise = container.register_with_options(script, &options);
    let notify = Notifier::new(on_update);
    spawn_local(async move {
        match JsFuture::from(promise).await {
            // Some browsers and privacy settings "register" to nothing.
            Ok(registration) => match registration.dyn_into::<ServiceWorkerRegistration>() {
                Ok(registration) => watch(&container, registration, notify),
                Err(_) => web_sys::console::warn_1(&"Offline use is not available.".into()),
            },
            Err(error) => {
                web_sys::console::warn_2(&"Offline use is not available:".into(), &error);
            }
        }
    });
}

/// Lets the waiting new version take over, and reloads the page once it
/// controls it. Without a waiting version, just reloads.
pub fn activate_update() {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let Some(container) = container() else {
        reload();
        return;
    };
    spawn_local(async move {
        let Some(waiting) = registration(&container).await.and_then(|r| r.waiting()) else {
            reload();
            return;
        };
        let reloaded = Rc::new(Cell::new(false));
        let on_change = Closure::<dyn Fn()>::new(move || {
            if !reloaded.replace(true) {
                reload();
            }
        });
        let _ = container.add_event_listener_with_callback(
            "controllerchange",
            on_change.as_ref().unchecked_ref(),
        );
        on_change.forget();
        if waiting
            .post_message(&JsValue::from_str(SKIP_WAITING))
            .is_err()
        {
            reload();
        }
    });
}

/// The registration whose scope covers this page, if any.
async fn registration(container: &ServiceWorkerContainer) -> Option<ServiceWorkerRegistration> {
    JsFuture::from(container.get_registration())
        .await
        .ok()?
        .dyn_into::<ServiceWorkerRegistration>()
        .ok()
}

/// Calls `on_update` once for each new waiting worker.
#[derive(Clone)]
struct Notifier {
    on_update: Rc<dyn Fn()>,
    notified: Rc<RefCell<Option<ServiceWorker>>>,
}

impl Notifier {
    fn new(on_update: impl Fn() + 'static) -> Self {
        Self {
            on_update: Rc::new(on_update),
            notified: Rc::new(RefCell::new(None)),
        }
    }

    fn waiting(&self, worker: ServiceWorker) {
        let mut notified = self.notified.borrow_mut();
        if notified.as_ref() == Some(&worker) {
            return;
        }
        *notified = Some(worker);
        drop(notified);
        (self.on_update)();
    }
}

/// Reports a new version waiting now or later, and checks for one hourly.
fn watch(
    container: &ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    notify: Notifier,
) {
    // A new version is one that waits while an older one runs this page.
    // On the first visit nothing controls the page, so nothing is reported.
    let check = {
        let container = container.clone();
        let registration = registration.clone();
        let notify = notify.clone();
        move || {
            if container.controller().is_none() {
                return;
            }
            if let Some(worker) = registration.waiting() {
                notify.waiting(worker);
            }
        }
    };
    // Installed during an earlier visit and still waiting.
    check();
    let check = Rc::new(check);

    // Found now or later: report it when it has installed.
    let track = {
        let registration = registration.clone();
        move || {
            let Some(worker) = registration.installing() else {
                return;
            };
            let check = check.clone();
            let watched = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed {
                    check();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        }
    };
    track();
    let on_found = Closure::<dyn Fn()>::new(track);
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();

    // A page left open for days (a kiosk) still hears of new versions.
    let on_timer = Closure::<dyn Fn()>::new(move || {
        if let Ok(promise) = registration.update() {
            // Offline, the check fails quietly; the next one tries again.
            spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            on_timer.as_ref().unchecked_ref(),
            UPDATE_CHECK_MS,
        );
    }
    on_timer.forget();
}
