//! `postgen`: the command line. See ../shared/GUIDE.md §1 for the contract.
//!
//! Exit codes: 0 success, 1 `--check` found drift, 2 bad input or failure.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use postgen::output::{drift, file_drift, write_atomic, write_file_atomic};
use postgen::schema::{import_files, write_schema};
use postgen::{generate, generate_module, Error, GenerateOptions, Generated};

/// mimalloc instead of the system allocator: generation allocates many small strings and
/// trees (a third of the time went to glibc malloc at 10k requests; see BENCHMARKS.md).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "postgen",
    version,
    about = "Typed Rust clients from Postman collections (v2.0/v2.1) and doc-derived schema files",
    after_help = "Examples:\n  \
        cargo run -p generator                      # = postgen generate --all\n  \
        postgen generate --all --check              # CI: exit 1 and list files if generated/ is stale\n  \
        postgen generate api.postman_collection.json --out my-api --name my-api\n  \
        postgen generate api.postman_collection.json --out-file src/my_api.rs --name my-api\n  \
        postgen import-doc users-page.txt --out collections/my-api/schema/users.json\n\n\
        Exit codes: 0 success, 1 --check found drift, 2 bad input (the message names the file, the\n\
        JSON pointer, what was expected and what was found)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a client crate (or, with --all, every collections/* into generated/*).
    #[command(after_help = "Examples:\n  \
        postgen generate --all                       # every collections/<api>/ → generated/<api>/\n  \
        postgen generate --all --check               # write nothing; exit 1 listing stale files\n  \
        postgen generate zoho.json --schema users.json --out clients/zoho --name zoho-crm\n  \
        postgen generate api.json --out my-api --runtime-path ../postgen/runtime --deny-warnings\n  \
        postgen generate api.json --out-file src/my_api.rs --name my-api   # one file: `pub mod my_api`, for include!\n\n\
        From build.rs, postgen::Builder writes that file into OUT_DIR (see README, \"build.rs\").\n\n\
        With --all, each collections/<api>/ holds collection.json, optional schema/*.json and an\n\
        optional postgen.toml (crate name/version, auth scheme, servers, pagination overrides).\n\
        Output is written to a temporary directory and swapped in: a failure leaves --out as it was.")]
    Generate(GenerateArgs),
    /// Turn vendor doc pages (plain text, the Zoho CRM API doc layouts of v2-v8) into a schema file.
    #[command(after_help = "Example:\n  postgen import-doc ../shared/seeds/002_5337d5b585ccc6f0.txt --out collections/zoho-crm/schema/users.json\n\n\
        Warnings name the page and line (`users.txt:45: expected ...`); a page without a title, a\n\
        request URL or anything giving the method (Endpoints list, curl, title verb, operation types)\n\
        is an error (exit 2). See generator/src/schema/README.md, section import-doc.")]
    ImportDoc(ImportDocArgs),
}

#[derive(Args)]
struct ImportDocArgs {
    /// The doc pages (plain text), in order; their endpoints go into one file.
    #[arg(required = true, value_name = "PAGE.txt")]
    pages: Vec<PathBuf>,
    /// The schema file to write (postgen-schema/1 JSON).
    #[arg(long, value_name = "SCHEMA.json")]
    out: PathBuf,
    /// Treat warnings as errors (exit 2, nothing written).
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Args, Default)]
#[command(group(clap::ArgGroup::new("target").args(["out", "out_file"])))]
struct GenerateArgs {
    /// Every folder of collections/ → generated/<folder>/.
    #[arg(long, conflicts_with_all = ["collection", "out", "out_file", "name"])]
    all: bool,
    /// The Postman collection (v2.0 / v2.1 JSON).
    #[arg(required_unless_present = "all", requires = "target")]
    collection: Option<PathBuf>,
    /// Doc-derived schema file(s).
    #[arg(long)]
    schema: Vec<PathBuf>,
    /// Output directory of the crate.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Instead of a crate: one file defining `pub mod <name>`, for `include!` (the bytes
    /// build.rs mode writes; the module is named after --name, postgen.toml or the file's stem).
    #[arg(long, value_name = "FILE.rs", conflicts_with = "runtime_path")]
    out_file: Option<PathBuf>,
    /// Crate name (default: postgen.toml, then the output directory's name).
    #[arg(long, value_parser = crate_name_arg)]
    name: Option<String>,
    /// Path to postgen-runtime written into the generated Cargo.toml.
    #[arg(long)]
    runtime_path: Option<String>,
    /// Write nothing; exit 1 and list the files that would change.
    #[arg(long)]
    check: bool,
    /// Treat warnings as errors (exit 2).
    #[arg(long)]
    deny_warnings: bool,
}

enum Outcome {
    Clean,
    Drift,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Generate(args)) => run(&args),
        Some(Command::ImportDoc(args)) => import_doc(&args),
        None => run(&GenerateArgs { all: true, ..Default::default() }),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Drift) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e}");
            if let Some(excerpt) = postgen::diagnostic::excerpt(&e) {
                eprintln!("{excerpt}");
            }
            ExitCode::from(2)
        }
    }
}

fn run(args: &GenerateArgs) -> Result<Outcome, Error> {
    let jobs = if args.all {
        all_jobs(args)?
    } else {
        let (Some(collection), Some(out)) = (&args.collection, args.out.as_ref().or(args.out_file.as_ref())) else {
            return Err(Error::Internal("clap should have required COLLECTION and --out or --out-file".into()));
        };
        let options = GenerateOptions {
            collection: collection.clone(),
            schemas: args.schema.clone(),
            config: postgen::generate::config_beside(collection),
            out: out.clone(),
            name: args.name.clone(),
            runtime_path: args.runtime_path.clone(),
        };
        if args.out_file.is_some() {
            return module_file(args, &options);
        }
        vec![options]
    };
    let mut outcome = Outcome::Clean;
    let mut denied = 0;
    for job in jobs {
        let Generated { files, warnings, .. } = generate(&job)?;
        for warning in &warnings {
            eprintln!("{warning}");
        }
        if args.deny_warnings && !warnings.is_empty() {
            denied += warnings.len();
            continue;
        }
        if args.check {
            let changed = drift(&job.out, &files)?;
            for file in &changed {
                println!("would change: {}", job.out.join(file).display());
            }
            if !changed.is_empty() {
                outcome = Outcome::Drift;
            }
        } else {
            write_atomic(&job.out, &files)?;
            eprintln!("generated {} ({} files)", job.out.display(), files.len());
        }
    }
    if denied > 0 {
        return Err(Error::DeniedWarnings(denied));
    }
    Ok(outcome)
}

/// `--out-file`: the client as one module file, written atomically (or compared, `--check`).
fn module_file(args: &GenerateArgs, options: &GenerateOptions) -> Result<Outcome, Error> {
    let generated = generate_module(options, None)?;
    for warning in &generated.warnings {
        eprintln!("{warning}");
    }
    if args.deny_warnings && !generated.warnings.is_empty() {
        return Err(Error::DeniedWarnings(generated.warnings.len()));
    }
    if args.check {
        if file_drift(&options.out, &generated.text)? {
            println!("would change: {}", options.out.display());
            return Ok(Outcome::Drift);
        }
    } else {
        write_file_atomic(&options.out, &generated.text)?;
        eprintln!("generated {} (module {})", options.out.display(), generated.module);
    }
    Ok(Outcome::Clean)
}

/// `--name`: refused (exit 2, naming the flag) when it cannot be a package name; see
/// [`postgen::config::check_crate_name`].
fn crate_name_arg(name: &str) -> Result<String, String> {
    postgen::config::check_crate_name(name)
        .map(|()| name.to_owned())
        .map_err(|why| format!("expected {}, found {name:?} ({why})", postgen::config::EXPECTED_CRATE_NAME))
}

/// `import-doc`: pages → one schema file, written atomically.
fn import_doc(args: &ImportDocArgs) -> Result<Outcome, Error> {
    let (file, warnings) = import_files(&args.pages)?;
    for warning in &warnings {
        eprintln!("{warning}");
    }
    if args.deny_warnings && !warnings.is_empty() {
        return Err(Error::DeniedWarnings(warnings.len()));
    }
    write_schema(&args.out, &file)?;
    eprintln!("wrote {} ({} endpoints)", args.out.display(), file.endpoints.len());
    Ok(Outcome::Clean)
}

/// One job per `collections/<api>/collection.json`, into `generated/<api>/`.
fn all_jobs(args: &GenerateArgs) -> Result<Vec<GenerateOptions>, Error> {
    let root = repo_root();
    let collections = root.join("collections");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&collections)
        .map_err(|e| Error::io(&collections, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.join("collection.json").is_file())
        .collect();
    dirs.sort();
    Ok(dirs
        .into_iter()
        .map(|dir| {
            let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut options = GenerateOptions::for_api_dir(&dir, &root.join("generated").join(&name));
            options.runtime_path = args.runtime_path.clone().or_else(|| Some("../../runtime".to_owned()));
            options
        })
        .collect())
}

/// The repository: the nearest ancestor of the working directory with `collections/` and
/// a `Cargo.toml`, else the checkout the generator was built from.
fn repo_root() -> PathBuf {
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let Ok(cwd) = std::env::current_dir() else { return built_from };
    cwd.ancestors()
        .find(|d| d.join("collections").is_dir() && d.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
        .unwrap_or(built_from)
}
