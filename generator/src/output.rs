//! Writing a generated crate (or one file) atomically, and comparing it with what is on disk.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::emit::Files;
use crate::error::Error;

/// Entries of an output directory that belong to the user's build, not to postgen: kept
/// across regeneration and ignored by `--check`.
const PRESERVED: &[&str] = &["target", "Cargo.lock"];

/// Writes `files` into `out`: everything goes to a temporary directory beside `out` first,
/// which then replaces `out`, so a failure never leaves a half-written crate. Any failure
/// leaves `out` as it was (a read-only parent, a file where the directory should be, a
/// failed swap: the old crate and its `target/` are put back), and the error names `out`.
pub fn write_atomic(out: &Path, files: &Files) -> Result<(), Error> {
    check_not_file(out)?;
    let parent = parent_dir(out);
    std::fs::create_dir_all(&parent).map_err(|e| failed(out, &format!("cannot create {}", parent.display()), e))?;
    let staging = tempfile::Builder::new()
        .prefix(".postgen-new-")
        .tempdir_in(&parent)
        .map_err(|e| failed(out, &format!("cannot write beside it in {}", parent.display()), e))?;
    for (relative, contents) in files {
        let path = staging.path().join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        std::fs::write(&path, contents).map_err(|e| Error::io(&path, e))?;
    }
    if std::fs::symlink_metadata(out).is_err() {
        std::fs::rename(staging.path(), out).map_err(|e| failed(out, "cannot create it", e))?;
        // Renamed away: nothing is left for the guard to remove.
        let _ = staging.keep();
        return Ok(());
    }
    let retired = tempfile::Builder::new()
        .prefix(".postgen-old-")
        .tempdir_in(&parent)
        .map_err(|e| failed(out, &format!("cannot write beside it in {}", parent.display()), e))?;
    let old = retired.path().join("crate");
    std::fs::rename(out, &old).map_err(|e| failed(out, "cannot replace it", e))?;
    // From here on `out` is gone until one of the two renames below puts a crate there.
    match swap_in(&old, staging.path(), out) {
        Ok(()) => {
            let _ = staging.keep();
            Ok(()) // `retired` is removed with the old crate when it drops.
        }
        Err(e) => {
            for name in PRESERVED {
                let moved = staging.path().join(name);
                if std::fs::symlink_metadata(&moved).is_ok() {
                    let _ = std::fs::rename(&moved, old.join(name));
                }
            }
            if let Err(restore) = std::fs::rename(&old, out) {
                // Never delete the only copy of the user's crate.
                let kept = retired.keep().join("crate");
                let what = format!("cannot replace it, and the old crate could not be put back ({restore}); it is in {}", kept.display());
                return Err(failed(out, &what, e));
            }
            Err(failed(out, "cannot replace it", e))
        }
    }
}

/// Carries `target/` and `Cargo.lock` over from the old crate, then moves the new one in.
fn swap_in(old: &Path, staging: &Path, out: &Path) -> std::io::Result<()> {
    for name in PRESERVED {
        let from = old.join(name);
        if std::fs::symlink_metadata(&from).is_ok() {
            std::fs::rename(&from, staging.join(name))?;
        }
    }
    std::fs::rename(staging, out)
}

/// A regular file (or anything but a directory) where the crate should go is not ours to
/// replace or compare.
fn check_not_file(out: &Path) -> Result<(), Error> {
    match std::fs::metadata(out) {
        Ok(meta) if !meta.is_dir() => Err(Error::io(out, std::io::Error::other("exists and is not a directory"))),
        _ => Ok(()),
    }
}

fn failed(out: &Path, what: &str, e: std::io::Error) -> Error {
    Error::io(out, std::io::Error::new(e.kind(), format!("{what}: {e}")))
}

/// Relative paths that differ between `files` and `out`: changed, missing or extra.
pub fn drift(out: &Path, files: &Files) -> Result<Vec<String>, Error> {
    check_not_file(out)?;
    let mut changed = Vec::new();
    for (relative, contents) in files {
        if file_drift(&out.join(relative), contents)? {
            changed.push(relative.clone());
        }
    }
    if out.is_dir() {
        for relative in existing_files(out, out)? {
            if !files.contains_key(&relative) {
                changed.push(relative);
            }
        }
    }
    changed.sort();
    Ok(changed)
}

fn existing_files(root: &Path, dir: &Path) -> Result<Vec<String>, Error> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        if dir == root && PRESERVED.iter().any(|p| entry.file_name() == *p) {
            continue;
        }
        if path.is_dir() {
            found.extend(existing_files(root, &path)?);
        } else if let Ok(relative) = path.strip_prefix(root) {
            found.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(found)
}

fn parent_dir(out: &Path) -> PathBuf {
    match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `text` to the file `out` atomically: a temporary file beside it, then a rename, so a
/// reader sees the old contents or the new, never a part.
pub fn write_file_atomic(out: &Path, text: &str) -> Result<(), Error> {
    let parent = parent_dir(out);
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let mut temp = tempfile::Builder::new().prefix(".postgen-new-").tempfile_in(&parent).map_err(|e| Error::io(&parent, e))?;
    temp.write_all(text.as_bytes()).map_err(|e| Error::io(temp.path(), e))?;
    // A temporary file is private (0600); the file keeps the permissions of the one it
    // replaces, or gets the usual 0644.
    let permissions = match std::fs::metadata(out) {
        Ok(existing) => Some(existing.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions).map_err(|e| Error::io(temp.path(), e))?;
    }
    temp.as_file().sync_all().map_err(|e| Error::io(out, e))?;
    temp.persist(out).map_err(|e| Error::io(out, e.error))?;
    Ok(())
}

/// Whether the file `out` differs from `text` (a missing file differs).
pub fn file_drift(out: &Path, text: &str) -> Result<bool, Error> {
    match std::fs::read(out) {
        Ok(existing) => Ok(existing != text.as_bytes()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(Error::io(out, e)),
    }
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}
