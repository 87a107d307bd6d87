// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace rt {

class Document;
class Settings;

/**
 * File → This Laptop…: the name this laptop is known by in session files, shown beside every
 * note, idea, action and vote it captures ("Typed on Table 3 laptop, 10:42"). Empty means the
 * computer's own name. OK saves it in the user's settings and makes it the name new edits record
 * (Settings::adoptDevice()), also in the session open now.
 */
class LaptopDialog : public QDialog
{
    Q_OBJECT
public:
    LaptopDialog(Settings& settings, Document* document, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }

    /** Saves @p name (trimmed; empty: the computer's name) as this laptop's name and adopts it
     *  for @p document's store too, when one is open. */
    static void apply(Settings& settings, const QString& name, Document* document);

    void accept() override;

private:
    Settings& m_settings;
    QPointer<Document> m_document;
    QLineEdit* m_name;
};

} // namespace rt
