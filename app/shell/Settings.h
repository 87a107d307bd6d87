// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>
#include <memory>

class QSettings;

namespace rt {

/**
 * The user's preferences, behind typed keys with one table of defaults (after KeePassXC's
 * Config), so no string keys are spread through the code.
 *
 * Where they live: an explicit INI file given by setPathOverride() (tests, portable use); else,
 * when QStandardPaths test mode is on, an INI file in the test configuration folder (never the
 * user's own settings); else the platform's native settings for "Roundtable/Roundtable".
 */
class Settings
{
public:
    enum Key {
        WindowGeometry, ///< QByteArray from QWidget::saveGeometry()
        WindowState, ///< QByteArray from QMainWindow::saveState()
        RecentFiles, ///< QStringList, most recent first, at most MaxRecentFiles
        Language, ///< QString locale name ("de", "fr_FR"); empty = follow the system
        LastExportFolder, ///< QString
        LastOpenFolder, ///< QString
        MuteSound, ///< bool: no timer chimes
        DeviceId, ///< QString: this laptop's id in session files, made on first run
        DeviceName, ///< QString: this laptop's name in session files; empty = the host name
        KeyCount
    };
    static constexpr int MaxRecentFiles = 10;

    /** The shared instance (created on first use, where pathOverride() or test mode says). */
    static Settings& instance();
    /** Makes instance() use the INI file @p path from now on (empty: back to the default place). */
    static void setPathOverride(const QString& path);
    static QString pathOverride();

    /** An instance over the INI file @p iniPath (empty: the default place, as for instance()). */
    explicit Settings(const QString& iniPath = {});
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    /** Makes this laptop's id (once) and name the ones every session file records, unless the
     *  environment names one (ROUNDTABLE_DEVICE_ID, ROUNDTABLE_DEVICE_NAME: scripts, tests). */
    void adoptDevice();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    /** Forgets the stored value, so value() returns the default again. */
    void reset(Key key);
    static QVariant defaultValue(Key key);
    /** The key's name in the settings file, e.g. "window/geometry". */
    static QString keyName(Key key);
    /** Where the values are written (the INI file or the native store's name). */
    QString fileName() const;
    void sync();

    // Typed helpers for the common keys.
    QStringList recentFiles() const;
    /** Puts @p path first (absolute, no duplicates), keeping at most MaxRecentFiles. */
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    QString language() const { return value(Language).toString(); }
    bool muteSound() const { return value(MuteSound).toBool(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rt
