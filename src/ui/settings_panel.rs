//! Reading settings: text size, line spacing, theme, how translations show, their language.

use yew::prelude::*;

use super::context::ReaderContext;
use super::state::{ReaderAction, Settings, Theme, View};

/// Properties of [`SettingsPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct SettingsPanelProps {
    pub settings: Settings,
}

/// The settings panel.
#[function_component]
pub fn SettingsPanel(props: &SettingsPanelProps) -> Html {
    let ctx = use_context::<ReaderContext>().expect("a panel lives in a reader");
    let update = |f: fn(&mut Settings, String)| {
        let dispatch = ctx.dispatch.clone();
        let settings = props.settings.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .or_else(|| {
                    e.target_dyn_into::<web_sys::HtmlInputElement>()
                        .map(|i| i.value())
                })
                .unwrap_or_default();
            let mut s = settings.clone();
            f(&mut s, value);
            dispatch.dispatch(ReaderAction::Settings(s));
        })
    };
    let s = &props.settings;
    let option = |value: &str, label: &str, selected: bool| html! { <option value={value.to_owned()} {selected}>{ label.to_owned() }</option> };
    html! {
        <section class="baca-panel" data-baca="settings-panel" aria-label="Reading settings">
            <h2 class="baca-panel-title">{ "Settings" }</h2>
            <label>{ "Text size" }
                <select name="font-size" onchange={update(|s, v| s.font_size = v.parse().unwrap_or(100))}>
                    { for [90u16, 100, 115, 130, 150].iter().map(|v| option(&v.to_string(), &format!("{v}%"), s.font_size == *v)) }
                </select>
            </label>
            <label>{ "Line spacing" }
                <select name="line-height" onchange={update(|s, v| s.line_height = v.parse().unwrap_or(160))}>
                    { option("140", "Compact", s.line_height == 140) }
                    { option("160", "Normal", s.line_height == 160) }
                    { option("190", "Relaxed", s.line_height == 190) }
                </select>
            </label>
            <label>{ "Theme" }
                <select name="theme" onchange={update(|s, v| s.theme = match v.as_str() { "light" => Some(Theme::Light), "dark" => Some(Theme::Dark), "sepia" => Some(Theme::Sepia), _ => None })}>
                    { option("auto", "As the system", s.theme.is_none()) }
                    { option("light", "Light", s.theme == Some(Theme::Light)) }
                    { option("dark", "Dark", s.theme == Some(Theme::Dark)) }
                    { option("sepia", "Sepia", s.theme == Some(Theme::Sepia)) }
                </select>
            </label>
            <label>{ "Translations" }
                <select name="view" onchange={update(|s, v| s.view = match v.as_str() { "interleaved" => View::Interleaved, "side-by-side" => View::SideBySide, _ => View::Source })}>
                    { option("source", "Hidden (article only)", s.view == View::Source) }
                    { option("interleaved", "Under each sentence", s.view == View::Interleaved) }
                    { option("side-by-side", "Side by side", s.view == View::SideBySide) }
                </select>
            </label>
            <label>{ "Translate into" }
                <input name="target-lang" value={s.target_lang.clone()} size="6" onchange={update(|s, v| { let v = v.trim(); if !v.is_empty() { s.target_lang = v.to_owned(); } })} />
            </label>
        </section>
    }
}
