# One image for every service; SERVICE chooses which one a container runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY scripts scripts
COPY libs libs
COPY apps apps
COPY bench bench
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
USER node
# Each service stops gracefully on SIGTERM: consumers commit, the relay finishes its batch.
STOPSIGNAL SIGTERM
CMD ["sh", "-c", "exec node dist/apps/${SERVICE:?set SERVICE to the app to run}/src/main.js"]
