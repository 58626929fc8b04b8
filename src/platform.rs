//! The one module that knows where it runs. In the browser it mounts the app, reads the page
//! address and fetches files; natively it runs the command line. Every `web_sys` call and every
//! `cfg(target_arch = "wasm32")` of the crate is here.

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("could not load {url}: HTTP {status} {status_text}")]
    Status {
        url: String,
        status: u16,
        status_text: String,
    },
    #[error("could not load {url}: {message}")]
    Network { url: String, message: String },
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::FetchError;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    pub fn start() {
        console_error_panic_hook::set_once();
        leptos::mount::mount_to_body(crate::ui::App);
    }

    fn describe(value: &wasm_bindgen::JsValue) -> String {
        value
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| value.as_string())
            .unwrap_or_else(|| "the browser gave no reason".to_owned())
    }

    pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
        let network = |e: wasm_bindgen::JsValue| FetchError::Network {
            url: url.to_owned(),
            message: describe(&e),
        };
        let window = web_sys::window().ok_or_else(|| FetchError::Network {
            url: url.to_owned(),
            message: "no browser window".to_owned(),
        })?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(network)?
            .dyn_into()
            .map_err(network)?;
        if !response.ok() {
            return Err(FetchError::Status {
                url: url.to_owned(),
                status: response.status(),
                status_text: response.status_text(),
            });
        }
        let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
            .await
            .map_err(network)?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    pub fn query_pairs() -> Vec<(String, String)> {
        let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
            return Vec::new();
        };
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
            return Vec::new();
        };
        let mut pairs = Vec::new();
        for entry in params.entries() {
            let Ok(entry) = entry else { continue };
            let entry: js_sys::Array = entry.unchecked_into();
            if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
                pairs.push((k, v));
            }
        }
        pairs
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    use super::FetchError;

    pub fn start() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let code = crate::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code);
    }

    pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
        Err(FetchError::Network {
            url: url.to_owned(),
            message: "fetching needs a browser".to_owned(),
        })
    }

    pub fn query_pairs() -> Vec<(String, String)> {
        Vec::new()
    }
}

/// In the browser: installs the panic hook and mounts the app. Natively: runs the command line.
pub fn start() {
    web::start();
}

/// Fetches a file relative to the page.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    web::fetch_bytes(url).await
}

/// The page address's query parameters, decoded, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    web::query_pairs()
}
