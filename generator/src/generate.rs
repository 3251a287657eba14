//! One generation run: load → IR → infer → emit. Writes nothing; see [`crate::output`].

use std::path::{Component, Path, PathBuf};

use crate::config::{load_postgen_toml, package_name, ApiConfig};
use crate::emit::{emit, Files};
use crate::error::{Error, Warning};
use crate::ir::{Api, AuthScheme};

/// What to generate.
#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    /// The Postman collection.
    pub collection: PathBuf,
    /// Doc-derived schema files.
    pub schemas: Vec<PathBuf>,
    /// `postgen.toml` to apply, if any.
    pub config: Option<PathBuf>,
    /// Where the crate will live (used for its default name and the runtime path).
    pub out: PathBuf,
    /// Crate name; defaults to `postgen.toml`, then the output directory's name.
    pub name: Option<String>,
    /// Path of `postgen-runtime` as written into the generated `Cargo.toml`; defaults to the
    /// relative path from `out` to this repository's `runtime/`.
    pub runtime_path: Option<String>,
}

impl GenerateOptions {
    /// The inputs of one `collections/<api>/` folder: `collection.json`, `schema/*.json` (in
    /// name order) and `postgen.toml`; the crate is named after the folder.
    pub fn for_api_dir(dir: &Path, out: &Path) -> Self {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut schemas: Vec<PathBuf> = std::fs::read_dir(dir.join("schema"))
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        schemas.sort();
        GenerateOptions {
            collection: dir.join("collection.json"),
            schemas,
            config: Some(dir.join("postgen.toml")),
            out: out.to_path_buf(),
            name: Some(name),
            runtime_path: None,
        }
    }
}

/// The `postgen.toml` beside a collection file, when there is one: the single-collection CLI
/// and [`crate::Builder::new`] apply it.
pub fn config_beside(collection: &Path) -> Option<PathBuf> {
    collection.parent().map(|dir| dir.join("postgen.toml")).filter(|path| path.is_file())
}

/// A generated crate, not yet written.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Relative path → contents.
    pub files: Files,
    /// Findings for the user, in file + pointer form.
    pub warnings: Vec<Warning>,
    /// Operations of the API (one per request item or documented endpoint).
    pub operations: usize,
    /// Saved example responses (collection examples and doc samples).
    pub examples: usize,
}

/// The client as one module file (build.rs mode, `postgen generate --out-file`), not yet written.
#[derive(Debug, Clone)]
pub struct GeneratedModule {
    /// The module's name (the file defines `pub mod <module>`).
    pub module: String,
    /// The file's contents.
    pub text: String,
    /// Findings for the user, in file + pointer form.
    pub warnings: Vec<Warning>,
}

/// Runs the pipeline for one collection.
pub fn generate(options: &GenerateOptions) -> Result<Generated, Error> {
    let out_name = options.out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (api, warnings) = build_api(options, &out_name)?;
    let runtime_path = match &options.runtime_path {
        Some(path) => path.clone(),
        None => default_runtime_path(&options.out),
    };
    let files = emit(&api, &runtime_path)?;
    let examples = api.operations.iter().map(|op| op.responses.len()).sum();
    let operations = api.operations.len();
    // The model is freed beside whatever comes next (writing the files): at 10k requests
    // that is a tenth of a second of freeing, on the path to the output otherwise.
    std::thread::spawn(move || drop(api));
    Ok(Generated { files, warnings, operations, examples })
}

/// Runs the pipeline for one collection and renders the client as one module file:
/// `options.out` is that file. The module is named `module`, else after the crate name
/// (`--name`, `postgen.toml`, the file's stem) in snake_case.
pub fn generate_module(options: &GenerateOptions, module: Option<&str>) -> Result<GeneratedModule, Error> {
    let stem = options.out.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (api, warnings) = build_api(options, &stem)?;
    let module = match module {
        Some(name) => name.to_owned(),
        None => api.lib_name(),
    };
    let text = crate::emit::emit_module(&api, &module)?;
    Ok(GeneratedModule { module, text, warnings })
}

/// load → IR → infer: the API model the emitter reads, and the warnings on the way.
/// `fallback_name` names the crate when neither the options nor `postgen.toml` do.
fn build_api(options: &GenerateOptions, fallback_name: &str) -> Result<(Api, Vec<Warning>), Error> {
    let (toml, servers) = match &options.config {
        Some(path) => {
            let toml = load_postgen_toml(path)?.unwrap_or_default();
            let servers = toml.servers.as_ref().map(|s| s.validate(path)).transpose()?;
            (toml, servers)
        }
        None => Default::default(),
    };
    let config = ApiConfig {
        crate_name: package_name(options.name.as_deref().or(toml.krate.name.as_deref()).unwrap_or(fallback_name)),
        crate_version: toml.krate.version.clone().unwrap_or_else(|| "0.1.0".to_owned()),
        auth_scheme: toml.auth.scheme.clone(),
        error_code_key: toml.errors.code.clone(),
        error_message_key: toml.errors.message.clone(),
        servers,
    };
    let mut collection = crate::postman::load_file(&options.collection)?;
    let schemas = options
        .schemas
        .iter()
        .map(|path| crate::schema::load_schema_file(path).map(|file| (path.clone(), file)))
        .collect::<Result<Vec<_>, Error>>()?;
    crate::schema::check_distinct_endpoints(&schemas)?;
    // The loader's warnings come first; then the collection is handed over and dropped
    // item by item as the IR is built (it is not needed after that).
    let mut warnings = std::mem::take(&mut collection.warnings);
    let (mut api, build_warnings) = crate::ir::from_collection_owned(collection, &config)?;
    warnings.extend(build_warnings);
    crate::ir::merge_schemas(&mut api, &schemas, &mut warnings)?;
    if let Some(scheme) = &config.auth_scheme {
        // The operations that authenticate as the API does follow it to the configured scheme.
        let configured = AuthScheme::Token { scheme: scheme.clone() };
        let collection_auth = std::mem::replace(&mut api.auth, configured.clone());
        for op in api.operations.iter_mut().filter(|op| op.auth == collection_auth) {
            op.auth = configured.clone();
        }
    }
    let config_path = options.config.clone().unwrap_or_else(|| PathBuf::from("postgen.toml"));
    let paging = toml
        .pagination
        .iter()
        .map(|(name, entry)| entry.validate(name, &config_path).map(|o| (name.clone(), o)))
        .collect::<Result<Vec<_>, Error>>()?;
    crate::ir::detect_pagination(&mut api, &paging, &config_path)?;
    warnings.extend(crate::infer::infer(&mut api));
    crate::ir::resolve_item_types(&mut api);
    Ok((api, warnings))
}

/// This repository's `runtime/` directory (where the generator was built from).
pub fn repo_runtime_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("runtime")
}

/// The runtime path relative to `out` when both are on one tree, else absolute.
fn default_runtime_path(out: &Path) -> String {
    let runtime = normalize(&absolute(&repo_runtime_dir()));
    let out = normalize(&absolute(out));
    let path = relative(&runtime, &out).unwrap_or(runtime);
    path.to_string_lossy().replace('\\', "/")
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|cwd| cwd.join(path)).unwrap_or_else(|_| path.to_path_buf())
    }
}

/// Removes `.` and `..` lexically (the output directory may not exist yet).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `target` as seen from `from`, when they share a root.
fn relative(target: &Path, from: &Path) -> Option<PathBuf> {
    let target: Vec<_> = target.components().collect();
    let from: Vec<_> = from.components().collect();
    if target.first() != from.first() {
        return None;
    }
    let common = target.iter().zip(&from).take_while(|(a, b)| a == b).count();
    let mut path = PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    for component in &target[common..] {
        path.push(component);
    }
    Some(path)
}

/// The API model `generate` would emit from `options` (load → IR → infer), for unit tests of
/// the emitter.
#[cfg(test)]
pub(crate) fn api_for_tests(options: &GenerateOptions) -> Result<Api, Error> {
    build_api(options, "api").map(|(api, _)| api)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let r = relative(Path::new("/repo/runtime"), Path::new("/repo/generated/zoho-crm"));
        assert_eq!(r, Some(PathBuf::from("../../runtime")));
        let r = relative(Path::new("/repo/runtime"), Path::new("/tmp/todo"));
        assert_eq!(r, Some(PathBuf::from("../../repo/runtime")));
    }
}
