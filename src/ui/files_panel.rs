//! Export the segments (TSV, JSON, XLIFF 2.1) and the glossary (OmegaT TSV, JSON); import a
//! glossary, with errors shown here and the current glossary kept.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::text::{export, Analysis, Glossary};

/// Properties of [`FilesPanel`].
#[derive(Properties, Clone)]
pub struct FilesPanelProps {
    pub analysis: Rc<Analysis>,
    /// The article's fingerprint (names the exported files).
    pub fingerprint: AttrValue,
    pub translations: Rc<Vec<String>>,
    pub notes: Rc<Vec<String>>,
    pub glossary: Rc<Glossary>,
    pub target_lang: AttrValue,
    /// Takes an imported glossary (merged into the user's).
    pub on_import: Callback<Glossary>,
}

impl PartialEq for FilesPanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && Rc::ptr_eq(&self.translations, &other.translations)
            && Rc::ptr_eq(&self.notes, &other.notes)
            && Rc::ptr_eq(&self.glossary, &other.glossary)
            && self.target_lang == other.target_lang
            && self.fingerprint == other.fingerprint
    }
}

/// The files panel.
#[function_component]
pub fn FilesPanel(props: &FilesPanelProps) -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let base = format!("baca-{}", props.fingerprint.get(..8).unwrap_or("article"));
    let save = |name: String, mime: &'static str, make: Rc<dyn Fn() -> String>| {
        Callback::from(move |_: MouseEvent| browser::download(&name, mime, &make()))
    };
    let (a, t, n, g, lang) = (
        props.analysis.clone(),
        props.translations.clone(),
        props.notes.clone(),
        props.glossary.clone(),
        props.target_lang.to_string(),
    );
    let tsv = {
        let (a, t) = (a.clone(), t.clone());
        save(
            format!("{base}.tsv"),
            "text/tab-separated-values",
            Rc::new(move || export::segments_tsv(&a, &t)),
        )
    };
    let json = {
        let (a, t, n) = (a.clone(), t.clone(), n.clone());
        save(
            format!("{base}.json"),
            "application/json",
            Rc::new(move || export::segments_json(&a, &t, &n)),
        )
    };
    let xliff = {
        let (a, t, n) = (a.clone(), t.clone(), n.clone());
        save(
            format!("{base}.xlf"),
            "application/xliff+xml",
            Rc::new(move || export::segments_xliff(&a, &t, &n, &lang)),
        )
    };
    let gtsv = {
        let g = g.clone();
        save(
            "baca-glossary.tsv".into(),
            "text/tab-separated-values",
            Rc::new(move || g.to_tsv()),
        )
    };
    let gjson = {
        let g = g.clone();
        save(
            "baca-glossary.json".into(),
            "application/json",
            Rc::new(move || export::glossary_json(&g)),
        )
    };
    let onchange = {
        let status = status.clone();
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let name = file.name();
            let status = status.clone();
            let on_import = on_import.clone();
            input.set_value("");
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                match text.map(|t| Glossary::parse(&t)) {
                    Some(Ok(g)) => {
                        let n = g.entries().len();
                        on_import.emit(g);
                        status.set(Some((
                            true,
                            format!(
                                "Imported {n} {} from {name}.",
                                if n == 1 { "entry" } else { "entries" }
                            ),
                        )));
                    }
                    Some(Err(err)) => status.set(Some((
                        false,
                        format!("{name} was not imported: {err}. Your glossary is unchanged."),
                    ))),
                    None => status.set(Some((
                        false,
                        format!("{name} could not be read as text. Your glossary is unchanged."),
                    ))),
                }
            });
        })
    };
    let message = (*status).clone().map(|(ok, text)| {
        html! { <p class={classes!("baca-status", (!ok).then_some("baca-error"))} role={if ok { "status" } else { "alert" }} data-baca="import-status">{ text }</p> }
    });
    html! {
        <section class="baca-panel" data-baca="files-panel" aria-label="Export and import">
            <h2 class="baca-panel-title">{ "Files" }</h2>
            <p class="baca-panel-line">{ "Sentences and translations: " }
                <button type="button" data-baca="export-tsv" onclick={tsv}>{ "TSV" }</button>
                <button type="button" data-baca="export-json" onclick={json}>{ "JSON" }</button>
                <button type="button" data-baca="export-xliff" onclick={xliff}>{ "XLIFF" }</button>
            </p>
            <p class="baca-panel-line">{ format!("Your glossary ({} entries): ", props.glossary.entries().len()) }
                <button type="button" data-baca="export-glossary-tsv" onclick={gtsv}>{ "TSV" }</button>
                <button type="button" data-baca="export-glossary-json" onclick={gjson}>{ "JSON" }</button>
            </p>
            <label class="baca-panel-line">{ "Import a glossary (JSON, or TSV as OmegaT writes it): " }
                <input type="file" data-baca="import-glossary" accept=".tsv,.txt,.json,.utf8" {onchange} />
            </label>
            { message.unwrap_or_default() }
        </section>
    }
}
