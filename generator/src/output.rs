//! Writing a generated crate atomically, and comparing it with what is on disk.

use std::path::{Path, PathBuf};

use crate::emit::Files;
use crate::error::Error;

/// Entries of an output directory that belong to the user's build, not to postgen: kept
/// across regeneration and ignored by `--check`.
const PRESERVED: &[&str] = &["target", "Cargo.lock"];

/// Writes `files` into `out`: everything goes to a temporary directory beside `out` first,
/// which then replaces `out`, so a failure never leaves a half-written crate.
pub fn write_atomic(out: &Path, files: &Files) -> Result<(), Error> {
    let parent = parent_dir(out);
    std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".postgen-new-")
        .tempdir_in(&parent)
        .map_err(|e| Error::io(&parent, e))?;
    for (relative, contents) in files {
        let path = staging.path().join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        std::fs::write(&path, contents).map_err(|e| Error::io(&path, e))?;
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(Error::io(out, std::io::Error::other("exists and is not a directory")));
        }
        for name in PRESERVED {
            let old = out.join(name);
            if old.exists() {
                let new = staging.path().join(name);
                std::fs::rename(&old, &new).map_err(|e| Error::io(&old, e))?;
            }
        }
        let retired = tempfile::Builder::new()
            .prefix(".postgen-old-")
            .tempdir_in(&parent)
            .map_err(|e| Error::io(&parent, e))?;
        let retired_crate = retired.path().join("crate");
        std::fs::rename(out, &retired_crate).map_err(|e| Error::io(out, e))?;
        let staged = staging.keep();
        std::fs::rename(&staged, out).map_err(|e| Error::io(out, e))?;
        // `retired` is removed with the old crate when it drops.
    } else {
        let staged = staging.keep();
        std::fs::rename(&staged, out).map_err(|e| Error::io(out, e))?;
    }
    Ok(())
}

/// Relative paths that differ between `files` and `out`: changed, missing or extra.
pub fn drift(out: &Path, files: &Files) -> Result<Vec<String>, Error> {
    let mut changed = Vec::new();
    for (relative, contents) in files {
        let path = out.join(relative);
        match std::fs::read(&path) {
            Ok(existing) if existing == contents.as_bytes() => {}
            Ok(_) => changed.push(relative.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => changed.push(relative.clone()),
            Err(e) => return Err(Error::io(&path, e)),
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
