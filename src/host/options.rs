//! What a host page asks of a mount: the options object `mount` takes,
//! each value checked, a misspelt or mistyped one refused with its name.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The option names `mount` accepts, in the order the docs list them.
pub const OPTION_NAMES: [&str; 10] = [
    "apiBase",
    "getToken",
    "basePath",
    "locale",
    "theme",
    "view",
    "history",
    "initialRoute",
    "scrollOffset",
    "documentTitle",
];

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scheme {
    /// The user's `prefers-color-scheme`, as the host page follows it.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Scheme {
    /// The scheme named `value` (`auto`, `light`, `dark`).
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "auto" => Ok(Self::Auto),
            "light" => Ok(Self::Light),
            "dark" => Ok(Self::Dark),
            other => Err(format!("theme scheme \"{other}\" must be \"light\", \"dark\" or \"auto\"")),
        }
    }

    /// The class the app's root carries for it (none for `Auto`).
    pub fn class(self) -> &'static str {
        match self {
            Self::Auto => "",
            Self::Light => "cpor-app--light",
            Self::Dark => "cpor-app--dark",
        }
    }
}

/// Which of the app's views a mount shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Every page, with its own routes.
    #[default]
    Full,
    /// "Your recent claims" only: a short list for a side panel, whose links
    /// open the claims in the page's full mount (or at their address).
    Compact,
}

/// What a host asks of a mount (every field has a default).
#[derive(Clone, Debug)]
pub struct MountOptions {
    /// The API's base URL (empty: the page's own origin).
    pub api_base: String,
    /// The host's token callback; `None` signs in through the server's demo
    /// sign-in.
    pub get_token: Option<js_sys::Function>,
    /// The path prefix of the app's routes in the host's URL (empty: the
    /// whole path).
    pub base_path: String,
    /// The user's language, as a language tag (`de-DE`, `ja`): the app
    /// speaks it if it has it (English, German, French, Japanese, and the
    /// pseudo-locale `en-XA`). Empty: the browser's languages decide.
    pub locale: String,
    /// Light, dark or following the user's setting.
    pub scheme: Scheme,
    /// Custom properties (`--cpor-*`) set on the app's root.
    pub theme: Vec<(String, String)>,
    /// The whole app, or the compact "recent claims" view.
    pub view: View,
    /// Whether the app's routes live in the page's URL and history.
    pub history: bool,
    /// Where the app starts (a path under `base_path`, with an optional
    /// query) when the page's URL does not say.
    pub initial_route: Option<String>,
    /// The height in CSS pixels of the host's sticky header, kept clear when
    /// the app scrolls a field or heading into view.
    pub scroll_offset: f64,
    /// Whether the app may set the document's title.
    pub document_title: bool,
}

impl Default for MountOptions {
    fn default() -> Self {
        Self {
            api_base: String::new(),
            get_token: None,
            base_path: String::new(),
            locale: String::new(),
            scheme: Scheme::Auto,
            theme: Vec::new(),
            view: View::Full,
            history: true,
            initial_route: None,
            scroll_offset: 0.0,
            document_title: false,
        }
    }
}

/// Checks `apiBase`: empty, an `http(s)://` URL or an absolute path.
pub fn check_api_base(value: &str) -> Result<String, String> {
    let v = value.trim().trim_end_matches('/');
    let ok = v.is_empty()
        || ((v.starts_with("https://") || v.starts_with("http://")) && v.len() > "https://".len())
        || (v.starts_with('/') && !v.starts_with("//"));
    if ok && !v.contains(['?', '#', ' ']) {
        Ok(v.to_owned())
    } else {
        Err(format!(
            "apiBase \"{value}\" must be an http(s) URL (https://claims.example.com) or a path starting with \
             '/', without a query or fragment"
        ))
    }
}

/// Checks `basePath`: empty or a path starting with `/`, without a query,
/// fragment or empty segment.
pub fn check_base_path(value: &str) -> Result<String, String> {
    let v = value.trim().trim_end_matches('/');
    if v.is_empty() || (v.starts_with('/') && !v.contains("//") && !v.contains(['?', '#', ' '])) {
        Ok(v.to_owned())
    } else {
        Err(format!(
            "basePath \"{value}\" must be a path starting with '/' (like /dashboard/associations), without a \
             query, fragment or empty segment"
        ))
    }
}

/// Checks `initialRoute`: a path starting with `/`, relative to `basePath`.
pub fn check_initial_route(value: &str) -> Result<String, String> {
    if value.starts_with('/') && !value.starts_with("//") && !value.contains('#') {
        Ok(value.to_owned())
    } else {
        Err(format!(
            "initialRoute \"{value}\" must be one of the app's paths, relative to basePath and starting with \
             '/' (like / or /?status=submitted or /claims/<id>)"
        ))
    }
}

/// Checks one theme entry: an app custom property and a plain value.
pub fn check_theme_entry(name: &str, value: &str) -> Result<(), String> {
    if !name.starts_with("--cpor-") || name.len() == "--cpor-".len() {
        return Err(format!(
            "theme key \"{name}\" is not one of the app's custom properties (they start with --cpor-, like \
             --cpor-brand) or \"scheme\""
        ));
    }
    if value.trim().is_empty() || value.contains([';', '{', '}']) {
        return Err(format!("theme value \"{value}\" of {name} must be a plain CSS value (like #0f6cbd)"));
    }
    Ok(())
}

/// Checks `view`: `full` or `compact`.
pub fn check_view(value: &str) -> Result<View, String> {
    match value.trim() {
        "full" => Ok(View::Full),
        "compact" => Ok(View::Compact),
        other => Err(format!("view \"{other}\" must be \"full\" (every page) or \"compact\" (recent claims)")),
    }
}

fn get(options: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn string_option(options: &JsValue, name: &str) -> Result<Option<String>, String> {
    let v = get(options, name);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string().map(Some).ok_or_else(|| format!("{name} must be a string"))
}

fn bool_option(options: &JsValue, name: &str) -> Result<Option<bool>, String> {
    let v = get(options, name);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_bool().map(Some).ok_or_else(|| format!("{name} must be true or false"))
}

/// Reads `theme`: a scheme name, or an object of custom properties with an
/// optional `scheme`.
fn theme_option(theme: &JsValue, o: &mut MountOptions) -> Result<(), String> {
    if let Some(name) = theme.as_string() {
        o.scheme = Scheme::parse(&name)?;
        return Ok(());
    }
    if !theme.is_object() || js_sys::Array::is_array(theme) {
        return Err("theme must be \"light\", \"dark\", \"auto\" or an object like { scheme: \"dark\", \
                    \"--cpor-brand\": \"#5b2d90\" }"
            .to_owned());
    }
    for entry in js_sys::Object::entries(theme.unchecked_ref::<js_sys::Object>()).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let name = pair.get(0).as_string().unwrap_or_default();
        let value = pair.get(1).as_string().ok_or_else(|| format!("theme value of {name} must be a string"))?;
        if name == "scheme" {
            o.scheme = Scheme::parse(&value)?;
            continue;
        }
        check_theme_entry(&name, &value)?;
        o.theme.push((name, value.trim().to_owned()));
    }
    Ok(())
}

impl MountOptions {
    /// Reads the options object a host passes (`undefined` or `null`: all
    /// defaults). A misspelt or mistyped option is refused with its name.
    pub fn from_js(options: &JsValue) -> Result<Self, String> {
        let mut o = Self::default();
        if options.is_undefined() || options.is_null() {
            return Ok(o);
        }
        if !options.is_object() || options.is_function() || js_sys::Array::is_array(options) {
            return Err("options must be an object, like { basePath: \"/dashboard/associations\" }".to_owned());
        }
        for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(format!("unknown option \"{key}\" (the options are {})", OPTION_NAMES.join(", ")));
            }
        }
        if let Some(v) = string_option(options, "apiBase")? {
            o.api_base = check_api_base(&v)?;
        }
        let get_token = get(options, "getToken");
        if !get_token.is_undefined() && !get_token.is_null() {
            let function = get_token.dyn_into::<js_sys::Function>();
            o.get_token =
                Some(function.map_err(|_| "getToken must be a function returning a token or a promise of one")?);
        }
        if let Some(v) = string_option(options, "basePath")? {
            o.base_path = check_base_path(&v)?;
        }
        if let Some(v) = string_option(options, "locale")? {
            if v.trim().is_empty() {
                return Err("locale must be a language tag, like en-GB".to_owned());
            }
            o.locale = v.trim().to_owned();
        }
        let theme = get(options, "theme");
        if !theme.is_undefined() && !theme.is_null() {
            theme_option(&theme, &mut o)?;
        }
        if let Some(v) = string_option(options, "view")? {
            o.view = check_view(&v)?;
        }
        if let Some(v) = bool_option(options, "history")? {
            o.history = v;
        }
        if let Some(v) = string_option(options, "initialRoute")? {
            o.initial_route = Some(check_initial_route(&v)?);
        }
        let offset = get(options, "scrollOffset");
        if !offset.is_undefined() && !offset.is_null() {
            o.scroll_offset = offset
                .as_f64()
                .filter(|n| n.is_finite() && (0.0..=1000.0).contains(n))
                .ok_or("scrollOffset must be a number of CSS pixels from 0 to 1000 (the host's sticky header)")?;
        }
        if let Some(v) = bool_option(options, "documentTitle")? {
            o.document_title = v;
        }
        Ok(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths_and_api_bases_are_checked() {
        assert_eq!(check_base_path("/dashboard/associations/").unwrap(), "/dashboard/associations");
        assert_eq!(check_base_path("").unwrap(), "");
        assert!(check_base_path("dashboard").unwrap_err().contains("starting with '/'"));
        assert!(check_base_path("/a//b").is_err());
        assert!(check_base_path("/a?b=1").is_err());
        assert_eq!(check_api_base("https://claims.example.com/").unwrap(), "https://claims.example.com");
        assert_eq!(check_api_base("/claims-api").unwrap(), "/claims-api");
        assert!(check_api_base("//evil.example").is_err());
        assert!(check_api_base("ftp://x").unwrap_err().contains("apiBase"));
    }

    #[test]
    fn initial_routes_theme_entries_schemes_and_views_are_checked() {
        assert!(check_initial_route("/?status=submitted").is_ok());
        assert!(check_initial_route("claims/1").is_err());
        assert!(check_theme_entry("--cpor-brand", "#5b2d90").is_ok());
        assert!(check_theme_entry("color", "red").unwrap_err().contains("--cpor-"));
        assert!(check_theme_entry("--cpor-brand", "red; background: url(x)").is_err());
        assert_eq!(Scheme::parse("dark"), Ok(Scheme::Dark));
        assert!(Scheme::parse("night").unwrap_err().contains("\"light\", \"dark\" or \"auto\""));
        assert_eq!(Scheme::Auto.class(), "");
        assert_eq!(check_view("compact"), Ok(View::Compact));
        assert!(check_view("side").unwrap_err().contains("compact"));
    }
}
