using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Reads one record file whole without ever waiting on something that is not a file. A named pipe
/// (FIFO) opened for reading waits for a writer, a character device may never end, a socket or a
/// symbolic link that loops cannot be read at all: on Linux each is opened with O_NONBLOCK (so a
/// FIFO's open returns at once), asked what it is (statx on the open descriptor, so nothing can be
/// swapped in between) and, unless it is a regular file, reported with what it is instead. A
/// regular file is read to its size (at most the record limit), and a read that has not finished
/// within <see cref="ReadTimeout"/> is reported rather than waited on. Elsewhere, files are read
/// as .NET reads them.
/// </summary>
internal static class RecordFileReader
{
    /// <summary>How long one file may take to read before it is reported instead (a failing disk, a stalled network mount).</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);

    // Linux's values, the same on x86-64 and arm64 (asm-generic).
    private const int ReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int StatxSize = 256; // struct statx is the same on every architecture
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int ELoop = 40;
    private const int ENoEnt = 2;
    private const int ENxio = 6;

    /// <summary>
    /// The file's bytes, or null with why it cannot be a record: not a regular file, larger than
    /// <paramref name="maxBytes"/>, unreadable, or not read within <see cref="ReadTimeout"/>.
    /// </summary>
    public static (byte[]? Bytes, string? Problem) Read(string path, long maxBytes)
    {
        if (!Native)
        {
            return ReadPortably(path, maxBytes);
        }

        var fd = Open(path, ReadOnlyNonBlocking);
        if (fd < 0)
        {
            return (null, Unopenable(path, Marshal.GetLastPInvokeError()));
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        var status = new byte[StatxSize];
        if (Statx(fd, "", AtEmptyPath, TypeAndSize, status) != 0)
        {
            return (null, $"the file cannot be read: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }

        if (NotRegular(status) is { } kind)
        {
            return (null, kind);
        }

        var length = (long)BinaryPrimitives.ReadUInt64LittleEndian(status.AsSpan(SizeOffset));
        return length > maxBytes ? (null, TooLarge(length, maxBytes)) : ReadWithin(handle, length, maxBytes);
    }

    /// <summary>What the entry at <paramref name="path"/> is when it is not a regular file (a FIFO, a socket, a device, a looping or dangling link); null for a regular file, or off Linux.</summary>
    public static string? NotAFile(string path)
    {
        if (!Native)
        {
            return null;
        }

        var status = new byte[StatxSize];
        return Statx(AtFdCwd, path, 0, TypeAndSize, status) == 0 ? NotRegular(status) : Unopenable(path, Marshal.GetLastPInvokeError());
    }

    /// <summary>
    /// True where the C library's open and statx can be called (Linux with glibc 2.28 or later, or a
    /// musl as recent): asked once, by looking statx up, never by calling it on a file.
    /// </summary>
    private static readonly bool Native = OperatingSystem.IsLinux() && HasStatx();

    private static bool HasStatx()
    {
        try
        {
            return Statx(AtFdCwd, "/", 0, TypeAndSize, new byte[StatxSize]) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Reads a regular file of <paramref name="length"/> bytes, stopping at the limit and at the deadline.</summary>
    private static (byte[]? Bytes, string? Problem) ReadWithin(SafeFileHandle handle, long length, long maxBytes)
    {
        var clock = Stopwatch.StartNew();
        // One byte more than its size: a file that grew while being read is read to its new end, up to the limit.
        var buffer = new byte[Math.Min(length, maxBytes) + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            if (clock.Elapsed > ReadTimeout)
            {
                return (null, $"the file could not be read within {ReadTimeout.TotalSeconds:N0} seconds; it is left out until it can be");
            }

            var got = RandomAccess.Read(handle, buffer.AsSpan(read, Math.Min(buffer.Length - read, 1 << 20)), read);
            if (got == 0)
            {
                return (buffer[..read], null);
            }

            read += got;
        }

        return read > maxBytes ? (null, TooLarge(read, maxBytes)) : (buffer[..read], null);
    }

    private static string? NotRegular(byte[] status) => (BinaryPrimitives.ReadUInt16LittleEndian(status.AsSpan(ModeOffset)) & 0xF000) switch
    {
        0x8000 => null,
        0x1000 => "a named pipe (FIFO), not a regular file: it is not read, so it cannot hold the site up",
        0xC000 => "a socket, not a regular file",
        0x2000 => "a character device, not a regular file",
        0x6000 => "a block device, not a regular file",
        0x4000 => "a folder, not a regular file",
        var mode => $"not a regular file (file type {mode >> 12})",
    };

    /// <summary>Why <paramref name="path"/> could not be opened (or asked about), from errno.</summary>
    private static string Unopenable(string path, int errno)
    {
        if (errno == ELoop)
        {
            return "a symbolic link that loops (too many levels of symbolic links), not a regular file";
        }

        var status = new byte[StatxSize];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, TypeAndSize, status) == 0)
        {
            if ((BinaryPrimitives.ReadUInt16LittleEndian(status.AsSpan(ModeOffset)) & 0xF000) == 0xA000 && errno == ENoEnt)
            {
                return "a symbolic link to a file that does not exist";
            }

            // A socket refuses open() (ENXIO): say what it is, not the errno.
            if (errno == ENxio && NotRegular(status) is { } kind)
            {
                return kind;
            }
        }

        return $"the file cannot be read: {Marshal.GetPInvokeErrorMessage(errno)}";
    }

    private static string TooLarge(long length, long maxBytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {length:N0} bytes, larger than the {maxBytes:N0}-byte limit for one record");

    /// <summary>Off Linux: .NET's own reads (no FIFO check; the site's deployments are Linux).</summary>
    private static (byte[]? Bytes, string? Problem) ReadPortably(string path, long maxBytes)
    {
        try
        {
            var length = new FileInfo(path).Length;
            return length > maxBytes ? (null, TooLarge(length, maxBytes)) : (File.ReadAllBytes(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"the file cannot be read: {ex.Message}");
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] status);
}
