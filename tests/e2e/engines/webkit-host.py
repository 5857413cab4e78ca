#!/usr/bin/python3
"""The browser WebKitWebDriver starts for the cross-engine suite: WebKitGTK in a GTK window.

MiniBrowser, Debian's own, runs automation in a private session, and WebKit writes no console
message of a private session anywhere a test can read it. This host keeps a profile in the
folder given by --data-dir (a fresh one per page) and writes every console message on stdout
("CONSOLE <SOURCE> ERROR <text>"), where the test reads it from WebKitWebDriver's output.
--dark asks for the dark colour scheme; --user-agent=<string> sends another browser's user agent;
--version prints WebKitGTK's version.
"""
import sys

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gdk, Gtk, WebKit2  # noqa: E402

if '--version' in sys.argv:
    print(f'{WebKit2.get_major_version()}.{WebKit2.get_minor_version()}.{WebKit2.get_micro_version()}')
    sys.exit(0)

data_dir = next(a.split('=', 1)[1] for a in sys.argv if a.startswith('--data-dir='))
if '--dark' in sys.argv:
    Gtk.Settings.get_default().set_property('gtk-application-prefer-dark-theme', True)

manager = WebKit2.WebsiteDataManager(base_data_directory=f'{data_dir}/data', base_cache_directory=f'{data_dir}/cache')
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)
settings = WebKit2.Settings(enable_write_console_messages_to_stdout=True)
user_agent = next((a.split('=', 1)[1] for a in sys.argv if a.startswith('--user-agent=')), None)
if user_agent is not None:
    settings.set_user_agent(user_agent)


def create_web_view(_session):
    view = WebKit2.WebView(web_context=context, settings=settings, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(1280, 900)
    window.add(view)
    window.show_all()
    # Xvfb has no window manager to give the window focus: without it the page never has focus,
    # so no element matches :focus or :focus-visible however it was focused.
    window.get_window().focus(Gdk.CURRENT_TIME)
    view.grab_focus()
    view.connect('close', lambda _view: window.destroy())
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('quorum-webkit-host')
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect('create-web-view', create_web_view)


context.connect('automation-started', automation_started)
Gtk.main()
