//! A token store backed by a JSON file that only its owner can read.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, UNIX_EPOCH};

use secrecy::zeroize::Zeroizing;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::store::{StoredToken, TokenStore, de_opt_secret, de_secret};
use crate::error::Error;

/// Keeps the token in a JSON file:
/// `{"access_token": "…", "expires_at": <unix seconds>, "api_domain": …, "refresh_token": …}`.
///
/// Loading a file that does not exist gives `Ok(None)`; a file that is not such JSON is an
/// [`Error::TokenStore`] naming the path and the field, never quoting the file's text. An
/// existing file that its group or others can access (say mode `0644`) is set to `0600`
/// when loaded, with a `tracing` warning. Saving is atomic: the token is written to a new
/// file beside the target (mode `0600` on Unix), synced to disk and renamed over the
/// target, so a crash leaves either the old token or the new one, never half a file, and
/// the file is never readable by other users, not even for a moment.
#[derive(Debug, Clone)]
pub struct FileTokenStore {
    path: PathBuf,
}

impl FileTokenStore {
    /// A store keeping the token at `path` (the directory must exist).
    pub fn new(path: impl Into<PathBuf>) -> Self {
        FileTokenStore { path: path.into() }
    }

    /// The file the token is kept in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn error(&self, what: &str, detail: impl std::fmt::Display) -> Error {
        Error::TokenStore(format!("{what} {}: {detail}", self.path.display()))
    }

    /// An existing token file that its group or others may read or write is set to mode
    /// `0600` (with a warning), before its content is read: the token is the account.
    #[cfg(unix)]
    fn tighten_permissions(&self) -> Result<(), Error> {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(&self.path).map_err(|e| self.error("could not read", e))?.permissions().mode();
        if mode & 0o077 == 0 {
            return Ok(());
        }
        fs::set_permissions(&self.path, fs::Permissions::from_mode(0o600))
            .map_err(|e| self.error(&format!("token file is readable by others (mode {:o}) and could not be restricted:", mode & 0o777), e))?;
        tracing::warn!(path = %self.path.display(), mode = format_args!("{:o}", mode & 0o777), "token file was readable by others; set to 0600");
        Ok(())
    }

    #[cfg(not(unix))]
    fn tighten_permissions(&self) -> Result<(), Error> {
        Ok(())
    }
}

/// Reads the file's JSON. A problem is described by the field it concerns and a line and
/// column, never by quoting the text: a secret may sit in a field of the wrong type.
fn parse_file(bytes: &[u8]) -> Result<FileIn, String> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let (path, inner) = (err.path().to_string(), err.into_inner());
        let what = match inner.classify() {
            serde_json::error::Category::Data => format!("field `{path}` is missing or not of the expected type"),
            serde_json::error::Category::Eof => "the file ends too early".to_owned(),
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => "the file is not valid JSON".to_owned(),
        };
        format!("{what} (line {}, column {})", inner.line(), inner.column())
    })
}

/// The file's layout when writing; borrows the secrets instead of copying them.
#[derive(Serialize)]
struct FileOut<'a> {
    access_token: &'a str,
    expires_at: u64,
    api_domain: Option<&'a str>,
    refresh_token: Option<&'a str>,
}

/// The file's layout when reading; secrets go straight into `SecretString`s.
#[derive(Deserialize)]
struct FileIn {
    #[serde(deserialize_with = "de_secret")]
    access_token: SecretString,
    expires_at: u64,
    #[serde(default)]
    api_domain: Option<String>,
    #[serde(default, deserialize_with = "de_opt_secret")]
    refresh_token: Option<SecretString>,
}

impl TokenStore for FileTokenStore {
    fn load(&self) -> Result<Option<StoredToken>, Error> {
        let bytes = match fs::read(&self.path) {
            Ok(bytes) => Zeroizing::new(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.error("could not read", e)),
        };
        self.tighten_permissions()?;
        let file = parse_file(&bytes).map_err(|why| self.error("invalid token file", why))?;
        let expires_at = UNIX_EPOCH
            .checked_add(Duration::from_secs(file.expires_at))
            .ok_or_else(|| self.error("invalid token file", "expires_at is out of range"))?;
        Ok(Some(StoredToken {
            access_token: file.access_token,
            expires_at,
            api_domain: file.api_domain,
            refresh_token: file.refresh_token,
        }))
    }

    fn save(&self, token: &StoredToken) -> Result<(), Error> {
        let out = FileOut {
            access_token: token.access_token.expose_secret(),
            // A time before 1970 is simply expired.
            expires_at: token
                .expires_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            api_domain: token.api_domain.as_deref(),
            refresh_token: token.refresh_token.as_ref().map(|t| t.expose_secret()),
        };
        let json = Zeroizing::new(
            serde_json::to_vec_pretty(&out)
                .map_err(|e| self.error("could not encode the token for", e))?,
        );
        write_atomically(&self.path, &json)
            .map_err(|e| self.error("could not save the token to", e))
    }
}

/// Replaces `path` with `bytes` via a temporary file in the same directory (a rename is
/// only atomic within one file system).
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let (tmp, mut file) = create_private_temp(dir, name)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&tmp, path)
        });
    if let Err(e) = written {
        // Best effort: the temporary file holds the secret, so do not leave it behind.
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(dir);
    Ok(())
}

/// Creates a new, empty file readable only by its owner, with a name unique to this
/// process and call (`create_new` refuses to open a file someone planted there).
fn create_private_temp(dir: &Path, name: &std::ffi::OsStr) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    for _ in 0..16 {
        let mut tmp_name = OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(
            ".{}.{}.tmp",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let tmp = dir.join(tmp_name);
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&tmp) {
            Ok(file) => {
                restrict_permissions(&file)?;
                return Ok((tmp, file));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "could not create a unique temporary file",
    ))
}

/// Sets mode `0600` exactly: the mode given at creation is reduced by the umask, which may
/// also drop the owner's own bits.
#[cfg(unix)]
fn restrict_permissions(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    file.set_permissions(fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn restrict_permissions(_file: &File) -> io::Result<()> {
    Ok(())
}

/// Makes the rename itself durable. Best effort: some file systems cannot sync a
/// directory, and the token is already safely written either way.
#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}
