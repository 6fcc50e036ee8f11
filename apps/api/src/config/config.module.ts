import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config';

/** The validated AppConfig (validateConfig, at start), injected by this token. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
