// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;

namespace rt {

/**
 * Help ▸ User Guide: the user guide (docs/USER-GUIDE.md) read offline in a window of its own,
 * its pictures beside it. The installed copy comes first (share/doc/roundtable), then the
 * source tree's when run from a build directory; without either, it says where it looked.
 */
class UserGuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    /** Where the guide is looked for, in order. */
    static QStringList candidates();
    /** The first candidate that exists, or an empty string. */
    static QString locate();

    /** Shows the guide at @p path, or the "not found" text when @p path is empty or unreadable.
     *  Returns whether the guide was shown. */
    bool load(const QString& path);
    QTextBrowser* browser() const { return m_browser; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** The pictures (1280 px and more) at most as wide as the text, so nothing scrolls sideways. */
    void fitImages();

    QTextBrowser* m_browser = nullptr;
};

} // namespace rt
