-- The follower also reads practices-service's reflections feed, for reflection.published: a second position
-- row (2), and what that feed last told about each reflection.
alter table feed_position drop constraint feed_position_id_check;
alter table feed_position add constraint feed_position_id_check check (id in (1, 2));

create table reflection_state (
    id uuid primary key,
    practice_id uuid not null,
    public boolean not null,
    version bigint not null,
    changed_at timestamptz not null
);
