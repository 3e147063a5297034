//! A throwaway `sshd` on 127.0.0.1 with keys made for the test, so a program can
//! be run through `ssh -tt` inside a [`Term`] exactly as a user on a server would
//! meet it: the remote side gets its own pty from sshd, and resizes and hang-ups
//! travel over the connection.
//!
//! [`Loopback::start`] returns `None`, with the reason on stderr, where the
//! machine cannot run one (no OpenSSH server, not root); `.ci/run` installs it.

use std::fs;
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::{Opts, Term, quote};

/// Logging in over ssh costs a few hundred milliseconds more than a local start;
/// waits on a remote program use this rather than [`super::TIMEOUT`].
pub const SSH_TIMEOUT: Duration = Duration::from_secs(15);

const SSHD: [&str; 2] = ["/usr/sbin/sshd", "/usr/local/sbin/sshd"];

/// A running loopback sshd; killed on drop.
pub struct Loopback {
    dir: TempDir,
    port: u16,
    user: String,
    sshd: Child,
}

impl Loopback {
    /// Starts sshd, or says why it cannot and returns `None` so the test skips.
    /// Panics (with sshd's log) if sshd is there but will not serve.
    pub fn start() -> Option<Loopback> {
        let Some(sshd) = SSHD.iter().map(Path::new).find(|p| p.exists()) else {
            return skip("sshd not found (install openssh-server; .ci/run does)");
        };
        for tool in ["ssh", "ssh-keygen"] {
            if !on_path(tool) {
                return skip(&format!("{tool} not found (install openssh-client)"));
            }
        }
        if output(Command::new("id").arg("-u")).trim() != "0" {
            return skip("a loopback sshd needs root here (privilege separation)");
        }
        // sshd refuses to start without its privilege-separation directory.
        if let Err(e) = fs::create_dir_all("/run/sshd") {
            return skip(&format!("cannot create /run/sshd: {e}"));
        }

        let dir = tempfile::tempdir().expect("temp dir for sshd");
        let at = |name: &str| dir.path().join(name);
        keygen(&at("host_key"));
        keygen(&at("user_key"));
        fs::copy(at("user_key.pub"), at("authorized_keys")).expect("authorized_keys");
        let port = free_port();
        let config = format!(
            "ListenAddress 127.0.0.1\n\
             Port {port}\n\
             HostKey {host_key}\n\
             AuthorizedKeysFile {keys}\n\
             PidFile {pid}\n\
             UsePAM no\n\
             StrictModes no\n\
             PubkeyAuthentication yes\n\
             PasswordAuthentication no\n\
             KbdInteractiveAuthentication no\n\
             PermitRootLogin yes\n\
             PermitUserEnvironment no\n\
             UseDNS no\n\
             PrintMotd no\n\
             PrintLastLog no\n\
             X11Forwarding no\n\
             AllowTcpForwarding no\n",
            host_key = at("host_key").display(),
            keys = at("authorized_keys").display(),
            pid = at("sshd.pid").display(),
        );
        fs::write(at("sshd_config"), config).expect("write sshd_config");

        let log = fs::File::create(at("sshd.log")).expect("sshd log");
        // -D: stay in the foreground so it is our child; -e: log to stderr (the file).
        let child = Command::new(sshd)
            .args(["-D", "-e", "-f"])
            .arg(at("sshd_config"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("sshd log"))
            .stderr(log)
            .spawn()
            .expect("start sshd");
        let user = output(Command::new("id").arg("-un")).trim().to_owned();
        let mut lb = Loopback { dir, port, user, sshd: child };
        lb.wait_listening(Duration::from_secs(5));
        Some(lb)
    }

    /// Runs `remote_cmd` (a shell command line) on the far side of `ssh -tt`, in
    /// a local pty of `opts`' size. The remote program gets the environment and
    /// working directory a local [`Term`] would, including the temporary home, so
    /// its state files are under [`Term::home`] as usual.
    pub fn term(&self, remote_cmd: &str, opts: Opts) -> Term {
        let home = tempfile::tempdir().expect("create a temporary home");
        let exports: Vec<String> = opts
            .environment(home.path())
            .iter()
            .map(|(k, v)| format!("{k}={}", quote(v)))
            .collect();
        let cwd = opts.cwd.as_deref().unwrap_or(home.path()).display().to_string();
        // sshd starts the remote command in the login shell with root's own HOME;
        // replace the environment before anything runs.
        let remote = format!("export {}; cd {} && {remote_cmd}", exports.join(" "), quote(&cwd));
        let key = self.dir.path().join("user_key").display().to_string();
        let port = self.port.to_string();
        let login = format!("{}@127.0.0.1", self.user);
        #[rustfmt::skip]
        let args = [
            "-tt", "-F", "/dev/null", "-i", &key, "-p", &port,
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
            "-o", "ConnectTimeout=5", "-o", "LogLevel=ERROR",
            &login, &remote,
        ];
        Term::spawn_in(home, "ssh".as_ref(), &args, &opts)
    }

    /// sshd's own log, for failure messages.
    pub fn log(&self) -> String {
        fs::read_to_string(self.dir.path().join("sshd.log")).unwrap_or_default()
    }

    #[track_caller]
    fn wait_listening(&mut self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        while TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)).is_err() {
            if let Ok(Some(status)) = self.sshd.try_wait() {
                panic!("sshd exited ({status}) before listening:\n{}", self.log());
            }
            assert!(
                Instant::now() < deadline,
                "sshd not listening after {timeout:?}:\n{}",
                self.log()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        let _ = self.sshd.kill();
        let _ = self.sshd.wait();
    }
}

fn skip<T>(why: &str) -> Option<T> {
    eprintln!("skipping loopback SSH test: {why}");
    None
}

fn keygen(path: &PathBuf) {
    let ok = succeeds(
        Command::new("ssh-keygen").args(["-q", "-t", "ed25519", "-N", "", "-f"]).arg(path),
    );
    assert!(ok, "ssh-keygen failed for {}", path.display());
}

/// A port nothing listens on now. sshd binds it a moment later; another
/// process taking it in between is possible but would fail loudly, not hang.
fn free_port() -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local addr").port()
}

fn succeeds(cmd: &mut Command) -> bool {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
}

fn output(cmd: &mut Command) -> String {
    cmd.output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default()
}
