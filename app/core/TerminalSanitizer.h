#pragma once

#include <QByteArray>

namespace vigie {

// Makes a server's bytes safe to print on the operator's terminal (vigie-cli logs, exec, run
// output): a log line could otherwise set the window title, write the clipboard (OSC 52), move
// the cursor to hide or fake output, or send device-control strings to the terminal.
//
// Kept: printable UTF-8, \t, \n, \r\n, and SGR colour sequences (ESC [ digits;… m). Dropped:
// OSC, DCS, SOS, PM and APC strings, every other CSI and ESC sequence, C0 controls, DEL and the
// C1 controls (U+0080-U+009F). A lone \r becomes \n (a progress bar prints line by line instead
// of overwriting what came before); a byte that is not valid UTF-8 becomes '?'. Incremental:
// feed chunks as they come (sequences may be split anywhere), then finish().
class TerminalSanitizer
{
public:
    QByteArray feed(const QByteArray& data);
    QByteArray finish();

    // Longest CSI kept in memory, and longest string (OSC…) looked through for its end before
    // giving up on it (its remaining bytes are then filtered as plain text).
    static constexpr int MaxCsiBytes = 64;
    static constexpr int MaxStringBytes = 64 * 1024;

private:
    enum class State
    {
        Ground,
        Escape,
        EscapeIntermediate,
        Csi,
        String,
        StringEscape,
        Utf8
    };
    void ground(char c, QByteArray& out);
    void step(char c, QByteArray& out);
    void invalidUtf8(QByteArray& out);

    State m_state = State::Ground;
    QByteArray m_sequence; // the CSI or UTF-8 sequence so far
    int m_utf8Needed = 0;
    int m_stringBytes = 0;
    bool m_pendingCr = false;
};

} // namespace vigie
