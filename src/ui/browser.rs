//! The browser features the reader uses: storage, downloads, the clipboard, speech, the
//! on-device translator. Each degrades to "not available" rather than failing, and none makes
//! a network request. Native builds (server-side rendering in tests) get inert versions.

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::{Function, Object, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Blob, BlobPropertyBag, HtmlAnchorElement, ScrollLogicalPosition, SpeechSynthesisUtterance,
        Url,
    };

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    fn call_store(store: &Object, method: &str, args: &[&str]) -> Result<JsValue, JsValue> {
        let f: Function = Reflect::get(store, &JsValue::from_str(method))?.dyn_into()?;
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        f.apply(store, &args)
    }

    fn local_storage() -> Result<web_sys::Storage, String> {
        window()
            .ok_or("no window")?
            .local_storage()
            .map_err(|_| "this browser blocks local storage".to_owned())?
            .ok_or_else(|| "local storage is not available".to_owned())
    }

    /// The value saved under `key` in `store` (or `localStorage`), `None` when there is none.
    pub fn load(store: Option<&Object>, key: &str) -> Result<Option<String>, String> {
        if let Some(store) = store {
            return call_store(store, "getItem", &[key])
                .map(|v| v.as_string())
                .map_err(|_| "the reader's storage could not be read".to_owned());
        }
        local_storage()?
            .get_item(key)
            .map_err(|_| "local storage could not be read".to_owned())
    }

    /// Saves `value` under `key` in `store` (or `localStorage`).
    pub fn save(store: Option<&Object>, key: &str, value: &str) -> Result<(), String> {
        if let Some(store) = store {
            return call_store(store, "setItem", &[key, value])
                .map(drop)
                .map_err(|_| {
                    "the reader's storage is full or blocked: your work is not saved".to_owned()
                });
        }
        local_storage()?
            .set_item(key, value)
            .map_err(|_| "local storage is full or blocked: your work is not saved".to_owned())
    }

    /// Sets CSS custom properties on an element through the CSSOM, which a page's
    /// Content-Security-Policy allows where it may forbid inline `style` attributes.
    pub fn set_css_vars(element: &web_sys::Element, vars: &[(&str, String)]) {
        if let Some(e) = element.dyn_ref::<web_sys::HtmlElement>() {
            let style = e.style();
            for (name, value) in vars {
                let _ = style.set_property(name, value);
            }
        }
    }

    /// Scrolls `element` of the reader `root` into view at `block`, below the reader's sticky
    /// toolbar: the toolbar's height (it wraps on a phone) is the elements' scroll margin
    /// (`--baca-bar-height`, read by the stylesheet).
    pub fn show(root: &web_sys::Element, element: &web_sys::Element, block: ScrollLogicalPosition) {
        if let Ok(Some(bar)) = root.query_selector(".baca-bar") {
            let height = bar.get_bounding_client_rect().height();
            set_css_vars(
                root,
                &[("--baca-bar-height", format!("{}px", height.round() as i32))],
            );
        }
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(block);
        // At once, whatever the page's `scroll-behavior`: where it is smooth, the reader would
        // read its own position before it moved.
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }

    /// Where the page and each scrolled box holding `element` stand (across a shadow root to
    /// its host), to go back to with [`Spots::restore`].
    pub struct Spots {
        boxes: Vec<(web_sys::Element, i32)>,
        page: (f64, f64),
        /// A sentence, the text holding it, and how far below the text's top it was.
        anchor: Option<(web_sys::Element, web_sys::Element, f64)>,
    }

    fn page_scroll() -> (f64, f64) {
        window().map_or((0.0, 0.0), |w| {
            (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
        })
    }

    fn scroll_to(target: Option<&web_sys::Element>, left: f64, top: f64) {
        let options = web_sys::ScrollToOptions::new();
        options.set_left(left);
        options.set_top(top);
        options.set_behavior(web_sys::ScrollBehavior::Instant);
        match target {
            Some(e) => e.scroll_to_with_scroll_to_options(&options),
            None => {
                if let Some(w) = window() {
                    w.scroll_to_with_scroll_to_options(&options);
                }
            }
        }
    }

    impl Spots {
        pub fn of(element: &web_sys::Element) -> Spots {
            let mut boxes = Vec::new();
            let mut node = Some(element.clone());
            while let Some(e) = node {
                // The page's own scroll is the window's, below.
                if e.scroll_height() > e.client_height() && e.parent_element().is_some() {
                    boxes.push((e.clone(), e.scroll_top()));
                }
                node = e.parent_element().or_else(|| {
                    e.get_root_node()
                        .dyn_ref::<web_sys::ShadowRoot>()
                        .map(web_sys::ShadowRoot::host)
                });
            }
            Spots {
                boxes,
                page: page_scroll(),
                anchor: None,
            }
        }

        /// The same, with the sentence the reader was reading before `panel` came above the
        /// text (`.baca-text`) and pushed it down: the first whose end was below the toolbar.
        pub fn before_panel(root: &web_sys::Element, panel: &web_sys::Element) -> Spots {
            let mut spots = Spots::of(root);
            let (Ok(Some(text)), Ok(Some(bar))) = (
                root.query_selector(".baca-text"),
                root.query_selector(".baca-bar"),
            ) else {
                return spots;
            };
            let top = text.get_bounding_client_rect().top();
            let pushed = top - panel.get_bounding_client_rect().top();
            let below = bar.get_bounding_client_rect().bottom();
            let Ok(list) = text.query_selector_all(r#"[data-baca="sentence"]"#) else {
                return spots;
            };
            spots.anchor = (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                .map(|s| (s.get_bounding_client_rect(), s))
                .find(|(rect, _)| rect.bottom() - pushed > below)
                .map(|(rect, s)| (s, text, rect.top() - top));
            spots
        }

        /// Whether anything scrolled since (by two pixels or more).
        pub fn moved(&self) -> bool {
            let page = page_scroll();
            (page.0 - self.page.0).abs() >= 2.0
                || (page.1 - self.page.1).abs() >= 2.0
                || self
                    .boxes
                    .iter()
                    .any(|(e, top)| (e.scroll_top() - top).abs() >= 2)
        }

        /// Back to where it was: the same scroll positions, then, where a setting changed the
        /// text's layout meanwhile, scrolled by as much as the sentence that was read moved
        /// within the text.
        pub fn restore(&self) {
            for (e, top) in &self.boxes {
                scroll_to(Some(e), f64::from(e.scroll_left()), f64::from(*top));
            }
            scroll_to(None, self.page.0, self.page.1);
            if let Some((sentence, text, was)) = &self.anchor {
                let off = sentence.get_bounding_client_rect().top()
                    - text.get_bounding_client_rect().top()
                    - was;
                if off.abs() >= 2.0 {
                    // The innermost box that scrolls, else the page.
                    match self.boxes.first() {
                        Some((e, _)) => scroll_to(
                            Some(e),
                            f64::from(e.scroll_left()),
                            f64::from(e.scroll_top()) + off,
                        ),
                        None => {
                            let page = page_scroll();
                            scroll_to(None, page.0, page.1 + off);
                        }
                    }
                }
            }
        }
    }

    /// Whether `element` is laid out fixed to the screen (the card as a phone's bottom sheet).
    pub fn is_fixed(element: &web_sys::Element) -> bool {
        window()
            .and_then(|w| w.get_computed_style(element).ok().flatten())
            .and_then(|style| style.get_property_value("position").ok())
            .is_some_and(|p| p == "fixed")
    }

    /// The element that has the focus in `root`'s tree (its shadow root's, when the reader lives
    /// in a shadow DOM), or `None` when nothing does (or the body does).
    pub fn focused_in(root: &web_sys::Element) -> Option<web_sys::Element> {
        let node = root.get_root_node();
        let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
            Some(shadow) => shadow.active_element(),
            None => window()?.document()?.active_element(),
        };
        active.filter(|a| a.tag_name() != "BODY")
    }

    /// Whether the event's path (across shadow roots) passes through an element matching
    /// `selector`.
    pub fn path_has(event: &web_sys::Event, selector: &str) -> bool {
        event.composed_path().iter().any(|target| {
            target
                .dyn_ref::<web_sys::Element>()
                .is_some_and(|e| e.matches(selector).unwrap_or(false))
        })
    }

    pub fn download(filename: &str, mime: &str, content: &str) {
        let run = || -> Option<()> {
            let parts = js_sys::Array::of1(&JsValue::from_str(content));
            let options = BlobPropertyBag::new();
            options.set_type(mime);
            let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
            let url = Url::create_object_url_with_blob(&blob).ok()?;
            let document = window()?.document()?;
            let a: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
            a.set_href(&url);
            a.set_download(filename);
            a.click();
            let _ = Url::revoke_object_url(&url);
            Some(())
        };
        let _ = run();
    }

    pub fn copy(text: &str) {
        if let Some(w) = window() {
            let _ = w.navigator().clipboard().write_text(text);
        }
    }

    fn voice_for(lang: &str) -> Option<web_sys::SpeechSynthesisVoice> {
        let synth = window()?.speech_synthesis().ok()?;
        let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
        synth
            .get_voices()
            .iter()
            .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
            .find(|v| v.lang().to_ascii_lowercase().starts_with(&primary))
    }

    pub fn can_speak(lang: &str) -> bool {
        voice_for(lang).is_some()
    }

    pub fn speak(text: &str, lang: &str) {
        let run = || -> Option<()> {
            let synth = window()?.speech_synthesis().ok()?;
            synth.cancel();
            let u = SpeechSynthesisUtterance::new_with_text(text).ok()?;
            u.set_lang(lang);
            if let Some(v) = voice_for(lang) {
                u.set_voice(Some(&v));
            }
            synth.speak(&u);
            Some(())
        };
        let _ = run();
    }

    pub fn prefers_dark() -> bool {
        window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches())
    }

    fn translator_class() -> Option<Object> {
        let global = js_sys::global();
        let t = Reflect::get(&global, &JsValue::from_str("Translator")).ok()?;
        t.dyn_into::<Object>().ok()
    }

    /// Whether the browser has an on-device translator (the Translator API).
    pub fn translator_exists() -> bool {
        translator_class().is_some()
    }

    fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
        let f: Function = Reflect::get(target, &JsValue::from_str(method))
            .ok()?
            .dyn_into()
            .ok()?;
        let array = js_sys::Array::new();
        for a in args {
            array.push(a);
        }
        f.apply(target, &array).ok()
    }

    async fn awaited(v: JsValue) -> Option<JsValue> {
        JsFuture::from(v.dyn_into::<Promise>().ok()?).await.ok()
    }

    /// How long a model's download may stay silent before the reader is told what it waits for.
    const DOWNLOAD_SILENCE_MS: u32 = 8_000;

    /// Translates `texts` on the device from `source` to `target`, reporting progress (model
    /// download 0..1, then sentences done). Errors are messages for the reader.
    pub async fn translate(
        source: String,
        target: String,
        texts: Vec<(usize, String)>,
        progress: impl Fn(String) + 'static,
    ) -> Result<Vec<(usize, String)>, String> {
        let class = translator_class().ok_or("this browser has no on-device translator")?;
        let options = Object::new();
        let _ = Reflect::set(&options, &"sourceLanguage".into(), &source.clone().into());
        let _ = Reflect::set(&options, &"targetLanguage".into(), &target.clone().into());
        let availability = awaited(
            call(&class, "availability", &[options.clone().into()]).ok_or("availability failed")?,
        )
        .await
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "unavailable".into());
        if availability == "unavailable" {
            return Err(format!(
                "the on-device translator cannot translate {source} to {target}"
            ));
        }
        let report = std::rc::Rc::new(progress);
        // A model to download first says so before its first progress event (which may never
        // come offline).
        let download = availability == "downloadable" || availability == "downloading";
        if download {
            report("Downloading the translation model…".to_owned());
        }
        // No word of the download for a while (offline, the browser waits without one): say
        // what it waits for. Dropped, the timer is cancelled.
        let heard = std::rc::Rc::new(std::cell::Cell::new(false));
        let waiting = download.then(|| {
            let (report, heard) = (report.clone(), heard.clone());
            gloo::timers::callback::Timeout::new(DOWNLOAD_SILENCE_MS, move || {
                if !heard.get() {
                    report(
                        "Still waiting for the translation model: the browser downloads it, \
                         which needs a connection…"
                            .to_owned(),
                    );
                }
            })
        });
        let on_progress = {
            let report = report.clone();
            let heard = heard.clone();
            wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(move |e: JsValue| {
                heard.set(true);
                let loaded = Reflect::get(&e, &"loaded".into())
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(0.0);
                // Whole percents, formatted as integers (float formatting costs kilobytes of wasm).
                let percent = (loaded.clamp(0.0, 1.0) * 100.0).round() as u32;
                report(format!("Downloading the translation model: {percent}%"));
            })
        };
        let monitor = wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(move |m: JsValue| {
            let _ = call(
                &m,
                "addEventListener",
                &[
                    JsValue::from_str("downloadprogress"),
                    on_progress.as_ref().clone(),
                ],
            );
        });
        let _ = Reflect::set(&options, &"monitor".into(), monitor.as_ref());
        let translator = awaited(
            call(&class, "create", &[options.into()]).ok_or("the translator could not start")?,
        )
        .await
        .ok_or("the translator could not start")?;
        drop(waiting);
        monitor.forget();
        let mut out = Vec::with_capacity(texts.len());
        let total = texts.len();
        for (n, (i, text)) in texts.into_iter().enumerate() {
            let result = awaited(
                call(&translator, "translate", &[JsValue::from_str(&text)])
                    .ok_or("translation failed")?,
            )
            .await
            .and_then(|v| v.as_string());
            if let Some(t) = result {
                out.push((i, t));
            }
            report(format!("Translated {} of {total} sentences", n + 1));
        }
        Ok(out)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {

    use js_sys::Object;
    use web_sys::ScrollLogicalPosition;

    pub fn load(_: Option<&Object>, _: &str) -> Result<Option<String>, String> {
        Ok(None)
    }
    pub fn save(_: Option<&Object>, _: &str, _: &str) -> Result<(), String> {
        Ok(())
    }
    pub fn download(_: &str, _: &str, _: &str) {}
    pub fn set_css_vars(_: &web_sys::Element, _: &[(&str, String)]) {}
    pub fn show(_: &web_sys::Element, _: &web_sys::Element, _: ScrollLogicalPosition) {}
    pub struct Spots;
    impl Spots {
        pub fn of(_: &web_sys::Element) -> Spots {
            Spots
        }
        pub fn before_panel(_: &web_sys::Element, _: &web_sys::Element) -> Spots {
            Spots
        }
        pub fn moved(&self) -> bool {
            false
        }
        pub fn restore(&self) {}
    }
    pub fn is_fixed(_: &web_sys::Element) -> bool {
        false
    }
    pub fn focused_in(_: &web_sys::Element) -> Option<web_sys::Element> {
        None
    }
    pub fn path_has(_: &web_sys::Event, _: &str) -> bool {
        false
    }
    pub fn copy(_: &str) {}
    pub fn can_speak(_: &str) -> bool {
        false
    }
    pub fn speak(_: &str, _: &str) {}
    pub fn prefers_dark() -> bool {
        false
    }
    pub fn translator_exists() -> bool {
        false
    }
    pub async fn translate(
        _: String,
        _: String,
        _: Vec<(usize, String)>,
        _: impl Fn(String) + 'static,
    ) -> Result<Vec<(usize, String)>, String> {
        Err("no on-device translator".into())
    }
}

pub use imp::{
    can_speak, copy, download, focused_in, is_fixed, path_has, prefers_dark, set_css_vars, show,
    speak, translate, translator_exists, Spots,
};

/// Where one reader loads and saves: the store the host gave its `mount` (an object with
/// `getItem(key)` and `setItem(key, value)`), or `localStorage`. Each reader has its own: the
/// extension's reader runs in a frame where the browser may block or partition `localStorage`
/// and saves in `chrome.storage.local`, while another reader on a page may use the page's.
#[derive(Clone, Default, PartialEq)]
pub struct Store(Option<js_sys::Object>);

impl Store {
    /// The host's store, or `localStorage` with `None`.
    pub fn new(store: Option<js_sys::Object>) -> Store {
        Store(store)
    }

    /// The value saved under `key`, `None` when there is none.
    pub fn load(&self, key: &str) -> Result<Option<String>, String> {
        imp::load(self.0.as_ref(), key)
    }

    /// Saves `value` under `key`.
    pub fn save(&self, key: &str, value: &str) -> Result<(), String> {
        imp::save(self.0.as_ref(), key, value)
    }

    /// Keeps a value the reader could not read under `<key>:unreadable` (once), so that what a
    /// user saved is never lost, even to a format this version does not understand.
    pub fn keep_unreadable(&self, key: &str, value: &str) {
        let aside = format!("{key}:unreadable");
        if matches!(self.load(&aside), Ok(None)) {
            let _ = self.save(&aside, value);
        }
    }
}
