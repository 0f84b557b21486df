//! Read-aloud through the browser's speech synthesis.

use wasm_bindgen::JsCast;

fn synth() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    // Older browsers have no speechSynthesis at all; check before calling.
    let has = js_sys::Reflect::has(&window, &"speechSynthesis".into()).unwrap_or(false);
    if !has {
        return None;
    }
    window.speech_synthesis().ok()
}

/// A voice for the language (`"fi"` matches `fi-FI`), if the device has one.
fn voice_for(lang: &str) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices = synth()?.get_voices();
    let lang = lang.to_ascii_lowercase();
    voices
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .find(|v| {
            let l = v.lang().to_ascii_lowercase().replace('_', "-");
            l == lang || l.starts_with(&format!("{lang}-"))
        })
}

/// Starts reading `text` in `lang`. Returns false, and reads nothing, when the
/// device has no voice for the language: reading Arabic with an English voice
/// would be worse than nothing.
pub fn speak(text: &str, lang: &str, on_end: impl FnOnce() + 'static) -> bool {
    let (Some(synth), Some(voice)) = (synth(), voice_for(lang)) else {
        return false;
    };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    let on_end = wasm_bindgen::closure::Closure::once_into_js(on_end);
    utterance.set_onend(Some(on_end.unchecked_ref()));
    synth.cancel();
    synth.speak(&utterance);
    true
}

/// Stops reading. Asks the browser only when something is being read: every
/// page change calls this, and `cancel` costs a round trip to the browser.
pub fn stop() {
    if let Some(s) = synth() {
        if s.speaking() || s.pending() {
            s.cancel();
        }
    }
}
