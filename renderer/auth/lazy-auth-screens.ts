import { lazy } from 'react';

// The host's screens carry forms, dialogs and pictures (antd Form, Modal, Result, Dropdown): the desktop window and fazhi web
// never show them, so they are fetched only on the host, once it has said so, and the menu does not
// wait for them (npm run bench -- first-screen).

export const SignInScreen = lazy(() => import('./SignInScreen').then((m) => ({ default: m.SignInScreen })));
export const MustChangePasswordScreen = lazy(() => import('./MustChangePasswordScreen').then((m) => ({ default: m.MustChangePasswordScreen })));
export const ChangePasswordModal = lazy(() => import('./ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));
export const IdleWarningModal = lazy(() => import('./IdleWarningModal').then((m) => ({ default: m.IdleWarningModal })));
export const OutdatedScreen = lazy(() => import('./GateProblemScreens').then((m) => ({ default: m.OutdatedScreen })));
export const UnreachableScreen = lazy(() => import('./GateProblemScreens').then((m) => ({ default: m.UnreachableScreen })));
/** The header's corner on the host only (antd Dropdown). */
export const UserMenu = lazy(() => import('./UserMenu').then((m) => ({ default: m.UserMenu })));
