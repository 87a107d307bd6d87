// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings: defaults, values surviving a restart, the recent-files list, and that
// tests never write the user's own settings.
#include "shell/Settings.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_count)); }

private slots:
    void initTestCase();
    void defaults_data();
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void resetRestoresDefault();
    void recentFiles();
    void testModeKeepsUserSettings();
    void pathOverride();
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSettings::defaults_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("geometry") << int(Settings::WindowGeometry) << QVariant(QByteArray());
    QTest::newRow("state") << int(Settings::WindowState) << QVariant(QByteArray());
    QTest::newRow("recent") << int(Settings::RecentFiles) << QVariant(QStringList());
    QTest::newRow("language") << int(Settings::Language) << QVariant(QString());
    QTest::newRow("export folder") << int(Settings::LastExportFolder) << QVariant(QString());
    QTest::newRow("open folder") << int(Settings::LastOpenFolder) << QVariant(QString());
    QTest::newRow("mute") << int(Settings::MuteSound) << QVariant(false);
}

void TestSettings::defaults()
{
    QFETCH(int, key);
    QFETCH(QVariant, expected);
    Settings settings(freshPath());
    const QVariant value = settings.value(Settings::Key(key));
    QCOMPARE(value.metaType(), expected.metaType());
    QCOMPARE(value, expected);
    QCOMPARE(Settings::defaultValue(Settings::Key(key)), expected);
    QVERIFY(!Settings::keyName(Settings::Key(key)).isEmpty());
}

void TestSettings::roundTrip_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("geometry") << int(Settings::WindowGeometry)
                              << QVariant(QByteArray("\x01\x00\xd9\xd0geometry", 12));
    QTest::newRow("state") << int(Settings::WindowState) << QVariant(QByteArray("state\n\0bytes", 12));
    QTest::newRow("recent, one") << int(Settings::RecentFiles)
                                 << QVariant(QStringList {QStringLiteral("/tmp/a, b.roundtable")});
    QTest::newRow("recent, two") << int(Settings::RecentFiles)
                                 << QVariant(QStringList {QStringLiteral("/x/é y.roundtable"),
                                                          QStringLiteral("/z.roundtable")});
    QTest::newRow("language") << int(Settings::Language) << QVariant(QStringLiteral("cy_GB"));
    QTest::newRow("export folder") << int(Settings::LastExportFolder)
                                   << QVariant(QStringLiteral("/home/me/Packs"));
    QTest::newRow("open folder") << int(Settings::LastOpenFolder) << QVariant(QStringLiteral("/media/usb"));
    QTest::newRow("mute") << int(Settings::MuteSound) << QVariant(true);
}

void TestSettings::roundTrip()
{
    QFETCH(int, key);
    QFETCH(QVariant, value);
    const QString path = freshPath();
    {
        Settings settings(path);
        settings.setValue(Settings::Key(key), value);
        settings.sync();
    }
    Settings reopened(path); // as after a restart
    const QVariant read = reopened.value(Settings::Key(key));
    QCOMPARE(read.metaType(), value.metaType());
    QCOMPARE(read, value);
}

void TestSettings::resetRestoresDefault()
{
    Settings settings(freshPath());
    settings.setValue(Settings::MuteSound, true);
    QVERIFY(settings.muteSound());
    settings.reset(Settings::MuteSound);
    QVERIFY(!settings.muteSound());
}

void TestSettings::recentFiles()
{
    Settings settings(freshPath());
    for (int i = 0; i < 12; ++i)
        settings.addRecentFile(QStringLiteral("/sessions/%1.roundtable").arg(i));
    QStringList recent = settings.recentFiles();
    QCOMPARE(recent.size(), Settings::MaxRecentFiles);
    QCOMPARE(recent.first(), QStringLiteral("/sessions/11.roundtable"));
    QCOMPARE(recent.last(), QStringLiteral("/sessions/2.roundtable"));

    // Opening one again moves it to the top without a duplicate.
    settings.addRecentFile(QStringLiteral("/sessions/5.roundtable"));
    recent = settings.recentFiles();
    QCOMPARE(recent.size(), Settings::MaxRecentFiles);
    QCOMPARE(recent.first(), QStringLiteral("/sessions/5.roundtable"));
    QCOMPARE(recent.count(QStringLiteral("/sessions/5.roundtable")), 1);

    settings.removeRecentFile(QStringLiteral("/sessions/5.roundtable"));
    QVERIFY(!settings.recentFiles().contains(QStringLiteral("/sessions/5.roundtable")));
    QCOMPARE(settings.recentFiles().size(), Settings::MaxRecentFiles - 1);

    // Relative paths are stored absolute.
    settings.addRecentFile(QStringLiteral("relative.roundtable"));
    QCOMPARE(settings.recentFiles().first(),
             QDir::current().absoluteFilePath(QStringLiteral("relative.roundtable")));
}

void TestSettings::testModeKeepsUserSettings()
{
    Settings settings; // the default place, in test mode
    const QString testConfig = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(settings.fileName().startsWith(testConfig), qPrintable(settings.fileName()));
    QVERIFY(testConfig.contains(QStringLiteral("qttest")));
}

void TestSettings::pathOverride()
{
    const QString path = freshPath();
    Settings::setPathOverride(path);
    QCOMPARE(Settings::pathOverride(), path);
    QCOMPARE(Settings::instance().fileName(), path);
    Settings::instance().setValue(Settings::Language, QStringLiteral("fr"));
    Settings::instance().sync();
    QCOMPARE(Settings(path).language(), QStringLiteral("fr"));
    Settings::setPathOverride({});
    QVERIFY(Settings::instance().fileName() != path);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
