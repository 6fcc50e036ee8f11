import { Body, Controller, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import type { Actor } from '@contract-ledger/application';
import { DomainError } from '@contract-ledger/domain';
import { WrongExpectedRevisionError, type EventMetadata } from '@contract-ledger/event-store';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import type { CommandContext } from '@contract-ledger/application';
import {
  CommandContextOf,
  CommandRoute,
  CurrentAccess,
  CurrentActor,
  IfMatch,
  notFound,
  Permission,
  RequestMetadata,
  versioned,
  type Access,
} from '../../src/platform';

class Milestone {
  @IsInt() @Min(0) amount!: number;
}

export class ThingDto {
  @IsString() @Length(1, 50) name!: string;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Milestone) milestones?: Milestone[];
}

/** What the probe routes did, so tests can tell a replay from a second run. */
export const probeState = { runs: 0, revision: 3, delayMs: 0 };

/**
 * Routes that exist only in tests, to exercise the platform as a real route will use it: a
 * permission, the resource check, metadata, If-Match and an ETag on the way out.
 */
@Controller('probe')
class ProbeController {
  @Get('public')
  @Permission('tender.read-public')
  readPublic(@CurrentActor() actor: Actor | undefined) {
    return { actor: actor ?? null };
  }

  @Get('audit')
  @Permission('audit.read')
  audit(@CurrentActor() actor: Actor, @RequestMetadata() metadata: EventMetadata) {
    return { actor, metadata };
  }

  @Get('undeclared')
  undeclared() {
    return { leaked: true };
  }

  /** A command on an agency's tender: scope from the "stream" (here the path), revision pinned by If-Match. */
  @Post('agencies/:agencyId/things')
  @Permission('tender.publish')
  async create(
    @Param('agencyId') agencyId: string,
    @Body() body: ThingDto,
    @CurrentAccess() access: Access,
    @RequestMetadata() metadata: EventMetadata,
    @IfMatch() expectedRevision: number | undefined,
  ) {
    access.require({ agencyId });
    if (expectedRevision !== undefined && expectedRevision !== probeState.revision) {
      throw new WrongExpectedRevisionError(
        `thing-${agencyId}`,
        expectedRevision,
        probeState.revision,
      );
    }
    if (probeState.delayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, probeState.delayMs));
    probeState.runs++;
    if (body.name === 'refuse')
      throw new DomainError('TENDER_CLOSED', 'The tender no longer accepts this');
    if (body.name === 'conflict') throw new WrongExpectedRevisionError(`thing-${agencyId}`, 1, 2);
    probeState.revision++;
    return versioned(
      {
        name: body.name,
        run: probeState.runs,
        commandId: metadata.commandId,
        scope: metadata.scope,
      },
      probeState.revision,
    );
  }

  /**
   * A command on a stream where others' sealed events land (a tender's): the caller learns its
   * revision only if its role holds `tender.read` (a supplier does not).
   */
  @CommandRoute({
    path: 'sealed/:id/asks',
    permission: 'tender.ask-question',
    status: 201,
    summary: 'Probe: a command on a stream with sealed events',
    revisionReaders: 'tender.read',
  })
  ask(@Param('id') id: string, @Body() body: ThingDto, @CommandContextOf() _: CommandContext) {
    probeState.runs++;
    if (body.name === 'conflict')
      throw new WrongExpectedRevisionError(`thing-${id}`, 'any', probeState.revision);
    return { id, revision: probeState.revision, position: 1042, receipt: { events: [] } };
  }

  @Get('agencies/:agencyId/things/:id')
  @Permission('tender.read')
  read(@Param('id') id: string) {
    if (id !== 'known') throw notFound(`No thing ${id}`);
    return versioned({ id }, probeState.revision);
  }

  @Post('failures/:kind')
  @HttpCode(200)
  @Permission('audit.read')
  fail(@Param('kind') kind: string) {
    switch (kind) {
      case 'store-down':
        throw Object.assign(new Error('database "ledger" is not reachable at 10.0.0.5'), {
          code: 'STORE_UNAVAILABLE',
        });
      case 'refused':
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
          code: 'ECONNREFUSED',
        });
      case 'missing':
        throw new DomainError('TENDER_NOT_FOUND', 'No tender t-1');
      default:
        throw new TypeError(
          `Cannot read properties of undefined (reading '${kind}') at /srv/app/secret-path.ts`,
        );
    }
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
