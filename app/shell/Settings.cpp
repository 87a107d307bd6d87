// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Settings.h"

#include "domain/Stamp.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <array>

namespace rt {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant fallback;
};

// One row per key, in enum order (checked below): the file's key name and the default.
const std::array<KeyInfo, Settings::KeyCount>& keyTable()
{
    static const std::array<KeyInfo, Settings::KeyCount> table = {{
        {Settings::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::WindowState, "window/state", QByteArray()},
        {Settings::RecentFiles, "files/recent", QStringList()},
        {Settings::Language, "interface/language", QString()},
        {Settings::LastExportFolder, "files/lastExportFolder", QString()},
        {Settings::LastOpenFolder, "files/lastOpenFolder", QString()},
        {Settings::MuteSound, "sound/mute", false},
        {Settings::DeviceId, "device/id", QString()},
        {Settings::DeviceName, "device/name", QString()},
    }};
    return table;
}

QString& overridePath()
{
    static QString path;
    return path;
}

std::unique_ptr<Settings>& sharedInstance()
{
    static std::unique_ptr<Settings> instance;
    return instance;
}

QString organisation()
{
    return QStringLiteral("Roundtable");
}

} // namespace

Settings& Settings::instance()
{
    auto& shared = sharedInstance();
    if (!shared)
        shared = std::make_unique<Settings>(overridePath());
    return *shared;
}

void Settings::setPathOverride(const QString& path)
{
    overridePath() = path;
    sharedInstance().reset(); // the next instance() opens the new place
}

QString Settings::pathOverride()
{
    return overridePath();
}

Settings::Settings(const QString& iniPath)
{
    QString path = iniPath;
    if (path.isEmpty() && QStandardPaths::isTestModeEnabled()) {
        // Test mode: never the user's own settings.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        path = QDir(dir).filePath(QStringLiteral("Roundtable/roundtable-test.ini"));
    }
    if (!path.isEmpty()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    } else {
        m_settings = std::make_unique<QSettings>(organisation(), QStringLiteral("Roundtable"));
    }
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    Q_ASSERT(keyTable().at(size_t(key)).key == key);
    return QString::fromLatin1(keyTable().at(size_t(key)).name);
}

QVariant Settings::defaultValue(Key key)
{
    return keyTable().at(size_t(key)).fallback;
}

QVariant Settings::value(Key key) const
{
    const QVariant fallback = defaultValue(key);
    QVariant stored = m_settings->value(keyName(key), fallback);
    // INI files keep no types: convert back to the default's type (a one-item list reads as a string).
    if (stored.metaType() != fallback.metaType() && stored.canConvert(fallback.metaType()))
        stored.convert(fallback.metaType());
    return stored;
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

QStringList Settings::recentFiles() const
{
    QStringList files = value(RecentFiles).toStringList();
    files.removeAll(QString());
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    return files;
}

void Settings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    setValue(RecentFiles, files);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(RecentFiles, files);
}

void Settings::adoptDevice()
{
    Device d = Device::current();
    if (qEnvironmentVariableIsEmpty("ROUNDTABLE_DEVICE_ID")) {
        d.id = value(DeviceId).toString();
        if (d.id.isEmpty()) {
            d.id = Device::newId();
            setValue(DeviceId, d.id);
        }
    }
    if (qEnvironmentVariableIsEmpty("ROUNDTABLE_DEVICE_NAME") && !value(DeviceName).toString().isEmpty())
        d.name = value(DeviceName).toString();
    Device::setCurrent(d);
}

} // namespace rt
