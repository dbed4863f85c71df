// The application's own route table, read from the controllers' metadata, so that permission
// tests cover every route, including routes added after the tests were written.
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Permission } from '@amparo/domain';
import {
  PUBLIC_ROUTE,
  REQUIRED_PERMISSION,
} from '../../../apps/api/src/app/identity/permission.decorator';

export interface RouteEntry {
  method: string;
  path: string;
  /** 'public', a permission, or 'undeclared' (which the access guard refuses to everyone). */
  access: Permission | 'public' | 'undeclared';
  controller: string;
}

export function routeTable(
  app: INestApplication,
  options: { exclude?: RegExp } = {},
): RouteEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { metatype, instance } = wrapper;
    if (!metatype || !instance) continue;
    const base = normalize(reflector.get<string | string[]>(PATH_METADATA, metatype));
    const prototype = Object.getPrototypeOf(instance) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const methodCode = reflector.get<RequestMethod>(METHOD_METADATA, handler);
      if (methodCode === undefined) continue;
      const path = [
        '/api',
        base,
        normalize(reflector.get<string | string[]>(PATH_METADATA, handler)),
      ]
        .filter(Boolean)
        .join('/')
        .replace(/\/+/g, '/')
        .replace(/\/$/, '');
      const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [handler, metatype]);
      const permission = reflector.getAllAndOverride<Permission>(REQUIRED_PERMISSION, [
        handler,
        metatype,
      ]);
      const entry: RouteEntry = {
        method: RequestMethod[methodCode],
        path,
        access: isPublic ? 'public' : (permission ?? 'undeclared'),
        controller: metatype.name,
      };
      if (!options.exclude?.test(entry.path)) routes.push(entry);
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function normalize(path: string | string[] | undefined): string {
  const first = Array.isArray(path) ? path[0] : path;
  return (first ?? '').replace(/^\/|\/$/g, '');
}
